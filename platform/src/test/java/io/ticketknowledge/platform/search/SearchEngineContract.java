package io.ticketknowledge.platform.search;

import static io.ticketknowledge.platform.search.FieldDefinition.date;
import static io.ticketknowledge.platform.search.FieldDefinition.keyword;
import static io.ticketknowledge.platform.search.FieldDefinition.number;
import static io.ticketknowledge.platform.search.FieldDefinition.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.H2InPostgresMode;
import io.ticketknowledge.platform.search.analysis.Glossary;
import io.ticketknowledge.platform.search.reindex.Checkpoint;
import io.ticketknowledge.platform.search.reindex.CheckpointStore;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import io.ticketknowledge.platform.search.reindex.JdbcCheckpointStore;
import io.ticketknowledge.platform.search.reindex.ReindexJob;
import io.ticketknowledge.platform.search.reindex.ReindexProgress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * What every adapter of the search port must do, run on Lucene (unit test) and on a real
 * Elasticsearch (integration test). Orderings asserted here hold on both engines; absolute scores
 * are never compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchEngineContract {

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final List<IndexDefinition> created = new ArrayList<>();
  private SearchEngine engine;
  private IndexDefinition articles;

  /** The adapter under test, with an index prefix unique to this run. */
  protected abstract SearchEngine engine();

  protected SearchEngine current() {
    if (engine == null) {
      engine = engine();
    }
    return engine;
  }

  @BeforeEach
  void freshIndex() {
    articles = definition(1);
    current().ensureIndex(articles);
  }

  @AfterAll
  void dropIndexes() {
    if (engine != null) {
      try {
        created.forEach(engine::drop);
      } finally {
        engine.close();
      }
    }
  }

  private IndexDefinition definition(int version) {
    return track(
        new IndexDefinition(
            "articles-" + NAMES.incrementAndGet(),
            version,
            List.of(
                text("title", 2f),
                text("body", 1f),
                keyword("category"),
                keyword("tags"),
                keyword("visibleTo"),
                date("createdAt"),
                number("views"),
                keyword("secret").notStored())));
  }

  private IndexDefinition track(IndexDefinition definition) {
    created.add(definition);
    return definition;
  }

  private static SearchDocument doc(String id, String title, String body, String category) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("body", body);
    fields.put("category", category);
    fields.put("visibleTo", List.of("everyone"));
    fields.put("createdAt", T0);
    return SearchDocument.of(id, fields);
  }

  private static SearchDocument with(SearchDocument document, String field, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>(document.fields());
    fields.put(field, value);
    return SearchDocument.of(document.id(), fields);
  }

  private SearchPage search(SearchQuery.Builder query) {
    return current().search(articles, query.build());
  }

  private List<String> ids(SearchQuery.Builder query) {
    return search(query).ids();
  }

  // ---- Chinese and English analysis ----

  @Test
  void chineseWordFindsTheSentenceAndHighlightsItInTheOriginal() {
    current()
        .bulk(
            articles,
            List.of(
                doc("a1", "印表機無法連線", "三樓的印表機顯示離線。", "hardware"),
                doc("a2", "會議室投影設定", "如何連接投影幕。", "meeting")));
    SearchPage page = search(SearchQuery.text("印表機"));
    assertEquals(List.of("a1"), page.ids());
    assertEquals(1, page.total());
    Snippet title = page.hits().get(0).snippets().get("title");
    assertEquals("[印表機]無法連線", title.marked("[", "]"));
    assertEquals("三樓的[印表機]顯示離線。", page.hits().get(0).snippets().get("body").marked("[", "]"));
  }

  // ---- folding, regional vocabulary, glossary and typos (indexes with folded text) ----

  private IndexDefinition folded() {
    IndexDefinition definition =
        track(
            new IndexDefinition(
                    "folded-" + NAMES.incrementAndGet(),
                    1,
                    List.of(text("title", 2f), text("body", 1f), keyword("visibleTo")))
                .withFoldedText());
    current().ensureIndex(definition);
    return definition;
  }

  private static final Glossary GLOSSARY =
      Glossary.of(
          List.of(
              List.of("印表機", "打印机", "printer"),
              List.of("網路", "网络", "network"),
              List.of("軟體", "软件", "software"),
              List.of("筆記型電腦", "笔记本", "筆電", "laptop", "notebook"),
              List.of("隨身碟", "U盘", "USB flash drive"),
              List.of("密碼", "password")));

  private List<String> foldedIds(IndexDefinition index, String text, Glossary glossary) {
    return current().search(index, SearchQuery.text(text).glossary(glossary).build()).ids();
  }

  private static SearchDocument plain(String id, String title, String body) {
    return SearchDocument.of(id, Map.of("title", title, "body", body, "visibleTo", "everyone"));
  }

  @Test
  void simplifiedQueryFindsTraditionalTextAndExactRanksFirst() {
    IndexDefinition index = folded();
    current()
        .bulk(
            index,
            List.of(
                plain("traditional", "網路設定說明", "公司網路無法連線時的處理"),
                plain("simplified", "网路设定说明", "公司网路无法连线"),
                plain("other", "會議室預約", "如何預約會議室")));
    Glossary none = Glossary.empty();
    assertEquals(List.of("simplified", "traditional"), foldedIds(index, "网路设定", none));
    assertEquals(List.of("traditional", "simplified"), foldedIds(index, "網路設定", none));
    SearchPage page = current().search(index, SearchQuery.text("无法连线").glossary(none).build());
    SearchHit traditional =
        page.hits().stream().filter(h -> h.id().equals("traditional")).findFirst().orElseThrow();
    assertEquals("公司網路[無法連線]時的處理", traditional.snippets().get("body").marked("[", "]"));
  }

  @Test
  void regionalVocabularyAndCrossLanguageTermsComeFromTheGlossaryAtQueryTime() {
    IndexDefinition index = folded();
    current()
        .bulk(
            index,
            List.of(
                plain("printer-tw", "印表機無法列印", "三樓印表機卡紙"),
                plain("laptop-tw", "筆記型電腦借用", "向服務台借用筆記型電腦"),
                plain("usb-tw", "隨身碟無法讀取", "插入隨身碟後沒有反應"),
                plain("password-en", "Reset your password", "Forgotten password steps"),
                plain("software-tw", "安裝軟體申請", "安裝軟體需要主管核准")));
    assertEquals(List.of(), foldedIds(index, "U盘", Glossary.empty()));
    assertEquals(List.of("printer-tw"), foldedIds(index, "打印机", GLOSSARY));
    assertEquals(List.of("printer-tw"), foldedIds(index, "printer", GLOSSARY));
    assertEquals(List.of("laptop-tw"), foldedIds(index, "笔记本", GLOSSARY));
    assertEquals(List.of("laptop-tw"), foldedIds(index, "筆電", GLOSSARY));
    assertEquals(List.of("laptop-tw"), foldedIds(index, "Laptops", GLOSSARY));
    assertEquals(List.of("usb-tw"), foldedIds(index, "U盘", GLOSSARY));
    assertEquals(List.of("password-en"), foldedIds(index, "密碼", GLOSSARY));
    assertEquals(List.of("software-tw"), foldedIds(index, "安装软件", GLOSSARY));
    // a glossary change is effective with the next query, no reindex
    Glossary changed = Glossary.of(List.of(List.of("印表機", "列印機")));
    assertEquals(List.of("printer-tw"), foldedIds(index, "列印机", changed));
    assertEquals(List.of(), foldedIds(index, "printer", changed));
  }

  @Test
  void exactRanksAboveGlossaryMatches() {
    IndexDefinition index = folded();
    current()
        .bulk(index, List.of(plain("tw", "印表機卡紙", "印表機卡紙處理"), plain("cn", "打印机卡纸", "打印机卡纸处理")));
    assertEquals(List.of("cn", "tw"), foldedIds(index, "打印机卡纸", GLOSSARY));
    assertEquals(List.of("tw", "cn"), foldedIds(index, "印表機", GLOSSARY));
  }

  @Test
  void hyphensSpacesAndWidthDoNotMatterForLatinWords() {
    IndexDefinition index = folded();
    current()
        .bulk(
            index,
            List.of(
                plain("hyphen", "Wi-Fi keeps dropping", "The Wi-Fi on floor 3"),
                plain("joined", "WiFi 密碼", "訪客 WiFi"),
                plain("full", "ＶＰＮ連線逾時", "錯誤碼 ８０９"),
                plain("other", "Mail quota", "mailbox full")));
    Glossary none = Glossary.empty();
    assertEquals(Set.of("hyphen", "joined"), Set.copyOf(foldedIds(index, "wifi", none)));
    assertEquals(Set.of("hyphen", "joined"), Set.copyOf(foldedIds(index, "Wi-Fi", none)));
    assertEquals(Set.of("hyphen", "joined"), Set.copyOf(foldedIds(index, "wi fi", none)));
    assertEquals(Set.of("hyphen", "joined"), Set.copyOf(foldedIds(index, "ＷｉＦｉ", none)));
    assertEquals(List.of("full"), foldedIds(index, "VPN", none));
  }

  @Test
  void oneTypoIsToleratedInLatinWordsOfFiveLettersOrMore() {
    IndexDefinition index = folded();
    current()
        .bulk(
            index,
            List.of(
                plain("password", "Reset your password", "password expired"),
                plain("mouse", "Mouse not working", "wireless mouse"),
                plain("vpn", "VPN client", "vpn setup"),
                plain("exact", "Pasword typo in the title", "pasword")));
    Glossary none = Glossary.empty();
    assertEquals(List.of("exact", "password"), foldedIds(index, "pasword", none));
    assertEquals(List.of("password"), foldedIds(index, "passwrod", none));
    assertEquals(List.of("mouse"), foldedIds(index, "mousse", none));
    assertEquals(List.of(), foldedIds(index, "vpm", none), "three letters: no fuzzy match");
    assertEquals(List.of(), foldedIds(index, "passwrdo", none), "two edits: no match");
  }

  @Test
  void exactPhraseRanksAboveScatteredCharacters() {
    current()
        .bulk(
            articles,
            List.of(
                doc("scattered", "機房表單列印流程", "機房的表單列印", "other"),
                doc("phrase", "印表機卡紙處理", "印表機卡紙時的處理", "hardware"),
                doc("none", "密碼重設", "如何重設密碼", "account")));
    assertEquals(List.of("phrase", "scattered"), ids(SearchQuery.text("印表機")));
  }

  @Test
  void fullWidthAndHalfWidthFormsMatch() {
    current()
        .bulk(
            articles,
            List.of(
                doc("full", "ＶＰＮ連線逾時", "錯誤碼 ８０９", "network"),
                doc("half", "VPN client setup", "error 809 on Windows", "network"),
                doc("other", "Mail quota", "mailbox full", "mail")));
    assertEquals(Set.of("full", "half"), Set.copyOf(ids(SearchQuery.text("vpn"))));
    assertEquals(Set.of("full", "half"), Set.copyOf(ids(SearchQuery.text("ＶＰＮ"))));
    assertEquals(Set.of("full", "half"), Set.copyOf(ids(SearchQuery.text("８０９"))));
    assertEquals(Set.of("full", "half"), Set.copyOf(ids(SearchQuery.text("809"))));
    SearchHit full =
        search(SearchQuery.text("vpn")).hits().stream()
            .filter(h -> h.id().equals("full"))
            .findFirst()
            .orElseThrow();
    assertEquals("[ＶＰＮ]連線逾時", full.snippets().get("title").marked("[", "]"));
  }

  @Test
  void englishIsCaseFoldedAndStemmed() {
    current()
        .bulk(
            articles,
            List.of(
                doc("p1", "Printers on floor 3 are offline", "All printers", "hardware"),
                doc("p2", "Printing fails with error 0x80", "The print job stops", "hardware"),
                doc("m1", "Mail quota exceeded", "Archive old mail", "mail")));
    assertEquals(Set.of("p1", "p2"), Set.copyOf(ids(SearchQuery.text("print"))));
    assertEquals(Set.of("p1", "p2"), Set.copyOf(ids(SearchQuery.text("PRINTER"))));
    assertEquals(Set.of("p1", "p2"), Set.copyOf(ids(SearchQuery.text("printed"))));
    assertEquals(List.of("m1"), ids(SearchQuery.text("MAILS")));
    assertEquals(
        "[Printers] on floor 3 are offline",
        search(SearchQuery.text("printing")).hits().stream()
            .filter(h -> h.id().equals("p1"))
            .findFirst()
            .orElseThrow()
            .snippets()
            .get("title")
            .marked("[", "]"));
  }

  @Test
  void englishPhraseRanksAboveTheSameWordsApart() {
    current()
        .bulk(
            articles,
            List.of(
                doc("apart", "Offline since update, the printer", "", "hardware"),
                doc("phrase", "Printer offline since the update", "", "hardware")));
    assertEquals(List.of("phrase", "apart"), ids(SearchQuery.text("printer offline")));
  }

  @Test
  void titleBoostRanksATitleMatchFirst() {
    current()
        .bulk(
            articles,
            List.of(
                doc("body", "Network notes", "The firewall blocks port 443", "network"),
                doc("title", "Firewall blocks port 443", "Network notes", "network")));
    assertEquals(List.of("title", "body"), ids(SearchQuery.text("firewall")));
  }

  @Test
  void textWithoutTermsMatchesNothingAndBlankTextMatchesAll() {
    current().bulk(articles, List.of(doc("a", "VPN", "", "n"), doc("b", "Mail", "", "m")));
    assertEquals(List.of(), ids(SearchQuery.text("!!! ???")));
    assertEquals(List.of("a", "b"), ids(SearchQuery.all()));
  }

  // ---- filters, permissions, facets ----

  private void facetDocuments() {
    current()
        .bulk(
            articles,
            List.of(
                with(
                    with(doc("n1", "VPN 無法連線", "", "network"), "tags", List.of("vpn", "remote")),
                    "views",
                    10L),
                with(
                    with(doc("n2", "VPN 設定", "", "network"), "tags", List.of("vpn")), "views", 20L),
                with(with(doc("n3", "Wi-Fi 斷線", "", "network"), "tags", "wifi"), "views", 30L),
                with(doc("h1", "印表機 VPN 列印", "", "hardware"), "visibleTo", List.of("agents")),
                with(
                    with(doc("h2", "螢幕閃爍", "", "hardware"), "createdAt", T0.plusSeconds(86400)),
                    "views",
                    5L),
                with(
                    doc("s1", "Secret VPN project", "", "secret"),
                    "visibleTo",
                    List.of("admins"))));
  }

  @Test
  void termTermsAndRangeFiltersNarrowTheHits() {
    facetDocuments();
    assertEquals(
        List.of("n1", "n2", "n3"),
        ids(SearchQuery.all().filter(Filter.term("category", "network"))));
    assertEquals(
        List.of("n1", "n3"),
        ids(SearchQuery.all().filter(Filter.anyOf("tags", Set.of("remote", "wifi")))));
    assertEquals(
        List.of("h2"),
        ids(SearchQuery.all().filter(Filter.between("createdAt", T0.plusSeconds(1), null))));
    assertEquals(
        List.of("n1", "n2"), ids(SearchQuery.all().filter(Filter.between("views", 10L, 20L))));
    assertEquals(
        List.of("h2", "n1"), ids(SearchQuery.all().filter(Filter.between("views", null, 10L))));
    assertEquals(
        Set.of("n1", "n2"),
        Set.copyOf(ids(SearchQuery.text("vpn").filter(Filter.term("category", "network")))));
  }

  @Test
  void hiddenTextFieldIsNeitherMatchedNorHighlightedNorReturned() {
    current().index(articles, doc("p1", "印表機", "公開說明 printer", "hardware"));
    current().index(articles, doc("p2", "網路", "內部備註 firmware 韌體", "network"));

    SearchPage hidden = search(SearchQuery.text("韌體 firmware").hide("body"));
    assertEquals(0, hidden.total());
    SearchPage others = search(SearchQuery.text("網路").hide("body"));
    assertEquals(List.of("p2"), others.ids());
    assertFalse(others.hits().get(0).fields().containsKey("body"));
    assertFalse(others.hits().get(0).snippets().containsKey("body"));

    SearchPage seen = search(SearchQuery.text("韌體"));
    assertEquals(List.of("p2"), seen.ids());
    assertTrue(seen.hits().get(0).snippets().get("body").html().contains("<mark>"));
    assertBadRequest(() -> search(SearchQuery.text("x").hide("nosuch")));
  }

  @Test
  void fieldShownOnlyWhereAConditionHoldsIsMatchedAndHighlightedOnlyThere() {
    current().index(articles, with(doc("w1", "印表機", "韌體 firmware 更新", "hardware"), "tags", "mine"));
    current().index(articles, with(doc("w2", "網路", "韌體 firmware 版本", "network"), "tags", "other"));
    Filter.AnyOf mine = new Filter.AnyOf("tags", Set.of("mine"));

    SearchPage page = search(SearchQuery.text("韌體").showOnlyWhere("body", mine));
    assertEquals(List.of("w1"), page.ids());
    assertEquals(1, page.total());
    assertTrue(page.hits().get(0).snippets().get("body").html().contains("<mark>"));

    // a document found by another field shows the restricted field only where it may
    SearchPage titles = search(SearchQuery.text("網路 印表機").showOnlyWhere("body", mine));
    assertEquals(Set.of("w1", "w2"), Set.copyOf(titles.ids()));
    for (SearchHit hit : titles.hits()) {
      assertEquals(hit.id().equals("w1"), hit.fields().containsKey("body"), hit.id());
      if (hit.id().equals("w2")) {
        assertFalse(hit.snippets().containsKey("body"));
      }
    }
    assertBadRequest(() -> search(SearchQuery.text("x").showOnlyWhere("category", mine)));
  }

  @Test
  void forbiddenDocumentsNeverShowInHitsTotalsOrFacets() {
    facetDocuments();
    SearchPage page =
        search(
            SearchQuery.text("vpn")
                .permit("visibleTo", Set.of("everyone"))
                .facet("category")
                .facet("tags"));
    assertEquals(Set.of("n1", "n2"), Set.copyOf(page.ids()));
    assertEquals(2, page.total());
    assertEquals(List.of(new FacetCount("network", 2)), page.facets().get("category"));
    assertEquals(
        List.of(new FacetCount("vpn", 2), new FacetCount("remote", 1)), page.facets().get("tags"));

    SearchPage agents =
        search(
            SearchQuery.text("vpn")
                .permit("visibleTo", Set.of("everyone", "agents"))
                .facet("category"));
    assertEquals(Set.of("n1", "n2", "h1"), Set.copyOf(agents.ids()));
    assertEquals(
        List.of(new FacetCount("network", 2), new FacetCount("hardware", 1)),
        agents.facets().get("category"));

    SearchPage nobody = search(SearchQuery.all().permit("visibleTo", Set.of()).facet("category"));
    assertEquals(0, nobody.total());
    assertEquals(List.of(), nobody.facets().get("category"));

    // the forbidden document is not reachable through more-like-this either
    assertFalse(
        ids(SearchQuery.likeText("Secret VPN project").permit("visibleTo", Set.of("everyone")))
            .contains("s1"));
  }

  @Test
  void facetsCountAllFilteredMatchesMostFrequentFirstThenByValue() {
    facetDocuments();
    SearchPage page =
        search(
            SearchQuery.all()
                .permit("visibleTo", Set.of("everyone", "agents", "admins"))
                .facet("category")
                .pageSize(1));
    assertEquals(6, page.total());
    assertEquals(1, page.hits().size());
    assertEquals(
        List.of(
            new FacetCount("network", 3),
            new FacetCount("hardware", 2),
            new FacetCount("secret", 1)),
        page.facets().get("category"));
    SearchPage filtered =
        search(
            SearchQuery.all()
                .filter(Filter.between("views", 5L, 20L))
                .facet("category")
                .facetSize(1));
    assertEquals(List.of(new FacetCount("network", 2)), filtered.facets().get("category"));
  }

  // ---- sort and cursors ----

  @Test
  void sortByAFieldBreaksTiesByIdAndPutsMissingValuesLast() {
    facetDocuments();
    assertEquals(
        List.of("n3", "n2", "n1", "h2", "h1", "s1"),
        ids(SearchQuery.all().sort(SortOrder.descending("views"))));
    assertEquals(
        List.of("h2", "n1", "n2", "n3", "h1", "s1"),
        ids(SearchQuery.all().sort(SortOrder.ascending("views"))));
    assertEquals(
        List.of("h1", "n1", "n2", "n3", "s1", "h2"),
        ids(SearchQuery.all().sort(SortOrder.ascending("createdAt"))));
  }

  @Test
  void cursorPagesCoverEveryHitExactlyOnceInAStableOrder() {
    List<SearchDocument> documents = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      SearchDocument document =
          doc(
              String.format("d%02d", i),
              i % 3 == 0 ? "印表機 printer 連線" : "印表機 " + "無法 ".repeat(i % 4),
              "body " + i,
              "c" + (i % 2));
      documents.add(with(document, "views", (long) (i % 5)));
    }
    current().bulk(articles, documents);
    for (SearchQuery.Builder query :
        List.of(
            SearchQuery.text("印表機 printer"),
            SearchQuery.all(),
            SearchQuery.all().sort(SortOrder.descending("views")),
            SearchQuery.text("無法").sort(SortOrder.ascending("views")))) {
      List<String> expected = ids(query.pageSize(100).after(null));
      List<String> paged = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        SearchPage page = search(query.pageSize(4).after(cursor));
        assertEquals(expected.size(), page.total());
        paged.addAll(page.ids());
        cursor = page.nextCursor().orElse(null);
        pages++;
      } while (cursor != null && pages < 50);
      assertEquals(expected, paged);
      assertEquals(paged.size(), new HashSet<>(paged).size());
      assertEquals((expected.size() + 3) / 4, pages, "no empty last page");
    }
  }

  @Test
  void cursorsThatThisPortDidNotIssueAreRejected() {
    current().bulk(articles, List.of(doc("a", "VPN", "", "n"), doc("b", "VPN 2", "", "n")));
    String cursor = search(SearchQuery.all().pageSize(1)).nextCursor().orElseThrow();
    assertBadRequest(() -> search(SearchQuery.all().after("garbled!")));
    assertBadRequest(() -> search(SearchQuery.all().after("YWJj")));
    assertBadRequest(
        () -> search(SearchQuery.all().after(cursor.substring(0, cursor.length() - 3))));
    // a cursor continues only the order it was issued for
    assertBadRequest(
        () -> search(SearchQuery.all().sort(SortOrder.ascending("views")).after(cursor)));
    assertEquals(List.of("b"), ids(SearchQuery.all().pageSize(1).after(cursor)));
  }

  @Test
  void badQueriesAreRejectedAsBadRequests() {
    assertBadRequest(() -> search(SearchQuery.all().filter(Filter.term("nosuch", "x"))));
    assertBadRequest(() -> search(SearchQuery.all().filter(Filter.term("title", "x"))));
    assertBadRequest(() -> search(SearchQuery.all().filter(Filter.between("category", 1L, 2L))));
    assertBadRequest(() -> search(SearchQuery.all().filter(Filter.between("createdAt", 1L, 2L))));
    assertBadRequest(() -> search(SearchQuery.all().facet("title")));
    assertBadRequest(() -> search(SearchQuery.all().facet("nosuch")));
    assertBadRequest(() -> search(SearchQuery.all().sort(SortOrder.ascending("category"))));
    assertBadRequest(() -> search(SearchQuery.all().pageSize(0)));
    assertBadRequest(() -> search(SearchQuery.all().pageSize(SearchQuery.MAX_PAGE_SIZE + 1)));
    assertBadRequest(() -> search(SearchQuery.all().permit("nosuch", Set.of("x"))));
    assertBadRequest(() -> search(SearchQuery.text("x".repeat(SearchQuery.MAX_TEXT_LENGTH + 1))));
    assertEquals(0, search(SearchQuery.all().pageSize(SearchQuery.MAX_PAGE_SIZE)).total());
  }

  private static void assertBadRequest(Executable call) {
    InvalidQueryException problem = assertThrows(InvalidQueryException.class, call);
    assertNotNull(problem.messageKey(), "says what is wrong");
  }

  // ---- writes ----

  @Test
  void getAllReadsTheIndexedDocumentsOfABatchAndSkipsMissingOnes() {
    current()
        .bulk(
            articles,
            List.of(
                doc("g1", "印表機離線", "三樓印表機", "hardware"),
                doc("g2", "VPN 無法連線", "在家無法連線", "network")));

    Map<String, SearchDocument> found = current().getAll(articles, List.of("g1", "nosuch", "g2"));

    assertEquals(Set.of("g1", "g2"), found.keySet());
    assertEquals("印表機離線", found.get("g1").fields().get("title"));
    assertTrue(current().getAll(articles, List.of()).isEmpty());
  }

  @Test
  void updatesAndDeletesAreVisibleToTheNextQuery() {
    current().index(articles, doc("u1", "VPN 無法連線", "舊版說明", "network"));
    assertEquals(List.of("u1"), ids(SearchQuery.text("舊版")));
    assertTrue(current().update(articles, "u1", Map.of("body", "全新內容", "category", "remote")));
    assertEquals(List.of(), ids(SearchQuery.text("舊版")));
    assertEquals(
        List.of("u1"), ids(SearchQuery.text("全新").filter(Filter.term("category", "remote"))));
    assertEquals("VPN 無法連線", current().get(articles, "u1").orElseThrow().fields().get("title"));

    current().index(articles, doc("u1", "Mail", "replaced", "mail"));
    assertEquals(List.of(), ids(SearchQuery.text("vpn")));
    assertEquals(1, search(SearchQuery.all()).total());

    assertTrue(current().delete(articles, "u1"));
    assertEquals(0, search(SearchQuery.all()).total());
    assertFalse(current().delete(articles, "u1"));
    assertFalse(current().update(articles, "u1", Map.of("body", "x")));
    assertEquals(Optional.empty(), current().get(articles, "u1"));
  }

  @Test
  void hitsCarryStoredFieldsOnlyWithTheirTypes() {
    current()
        .index(
            articles,
            with(with(doc("s", "VPN", "body", "network"), "secret", "hidden"), "views", 7L));
    SearchHit hit = search(SearchQuery.text("vpn")).hits().get(0);
    assertEquals("VPN", hit.fields().get("title"));
    assertEquals(T0, hit.fields().get("createdAt"));
    assertEquals(7L, hit.fields().get("views"));
    assertEquals(List.of("everyone"), hit.fields().get("visibleTo"));
    assertFalse(hit.fields().containsKey("secret"));
    assertEquals("hidden", current().get(articles, "s").orElseThrow().fields().get("secret"));
  }

  @Test
  void invalidDocumentsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> current().index(articles, with(doc("x", "t", "b", "c"), "nosuch", "v")));
    assertThrows(
        IllegalArgumentException.class,
        () -> current().index(articles, with(doc("x", "t", "b", "c"), "views", "many")));
    assertThrows(
        IllegalArgumentException.class,
        () -> current().index(articles, with(doc("x", "t", "b", "c"), "createdAt", "yesterday")));
    assertEquals(0, search(SearchQuery.all()).total());
  }

  // ---- more like this ----

  @Test
  void moreLikeThisFindsSimilarDocumentsWithTheSameFilters() {
    current()
        .bulk(
            articles,
            List.of(
                doc("src", "VPN 無法連線", "公司 VPN 連線逾時，錯誤碼 809", "network"),
                doc("close", "VPN 連線逾時", "在家連 VPN 逾時，錯誤碼 809", "network"),
                with(
                    doc("forbidden", "VPN 連線逾時 809", "VPN 逾時 錯誤碼 809", "network"),
                    "visibleTo",
                    List.of("admins")),
                doc("far", "會議室預約", "如何預約會議室", "meeting")));
    List<String> similar =
        ids(SearchQuery.likeDocument("src").permit("visibleTo", Set.of("everyone")));
    assertEquals("close", similar.get(0));
    assertFalse(similar.contains("src"));
    assertFalse(similar.contains("forbidden"));
    assertFalse(similar.contains("far"));
    List<String> likeText =
        ids(SearchQuery.likeText("VPN 連線逾時 809").permit("visibleTo", Set.of("everyone")));
    assertEquals(Set.of("src", "close"), Set.copyOf(likeText));
    assertEquals(List.of(), ids(SearchQuery.likeDocument("no-such-document")));
    assertEquals(
        List.of(), ids(SearchQuery.likeDocument("src").filter(Filter.term("category", "meeting"))));
  }

  // ---- index lifecycle ----

  @Test
  void ensureIndexTellsCurrentOutdatedAndChangedDefinitions() {
    assertEquals(IndexStatus.CURRENT, current().ensureIndex(articles));
    IndexDefinition next =
        new IndexDefinition(articles.name(), 2, List.copyOf(articles.fields().values()));
    assertEquals(IndexStatus.OUTDATED, current().ensureIndex(next));
    IndexDefinition changed =
        new IndexDefinition(articles.name(), 1, List.of(text("title", 1f), keyword("category")));
    assertThrows(IllegalStateException.class, () -> current().ensureIndex(changed));
  }

  // ---- reindex ----

  /** Documents a1..aN read by id; can be told to fail after some pages (a crash). */
  private static final class ListSource implements DocumentSource {
    final List<SearchDocument> documents;
    final List<String> requestedAfter = new ArrayList<>();
    int failAfterPages = Integer.MAX_VALUE;

    ListSource(int count, String word) {
      documents = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        documents.add(
            doc(String.format("r%03d", i), word + " 第" + i + "篇", "內容 " + i, "c" + (i % 3)));
      }
    }

    @Override
    public long count() {
      return documents.size();
    }

    @Override
    public List<SearchDocument> readAfter(String afterId, int limit) {
      if (requestedAfter.size() >= failAfterPages) {
        throw new IllegalStateException("crash");
      }
      requestedAfter.add(afterId);
      return documents.stream()
          .filter(d -> afterId == null || d.id().compareTo(afterId) > 0)
          .limit(limit)
          .toList();
    }
  }

  @Test
  void reindexBuildsANewGenerationReportsProgressAndSwapsTheAlias() {
    current().index(articles, doc("old", "舊文件", "", "c"));
    String before = current().activeGeneration(articles).orElseThrow();
    IndexDefinition next =
        new IndexDefinition(articles.name(), 2, List.copyOf(articles.fields().values()));
    assertEquals(IndexStatus.OUTDATED, current().ensureIndex(next));
    List<ReindexProgress> reports = new ArrayList<>();
    MemoryCheckpoints checkpoints = new MemoryCheckpoints();
    String target =
        new ReindexJob(current(), checkpoints, 10, reports::add)
            .run(next, new ListSource(25, "重建"));

    assertEquals(Optional.of(target), current().activeGeneration(next));
    assertTrue(target.contains(next.name() + "-v2-"), target);
    assertFalse(current().generationExists(articles, before), "old generation deleted");
    assertEquals(IndexStatus.CURRENT, current().ensureIndex(next));
    assertEquals(25, current().search(next, SearchQuery.text("重建").build()).total());
    assertEquals(0, current().search(next, SearchQuery.text("舊文件").build()).total());
    assertTrue(checkpoints.saved.isEmpty(), "checkpoint cleared");

    ReindexProgress last = reports.get(reports.size() - 1);
    assertTrue(last.finished());
    assertEquals(25, last.done());
    assertEquals(25, last.total());
    List<Long> done = reports.stream().map(ReindexProgress::done).toList();
    assertEquals(List.of(0L, 10L, 20L, 25L, 25L), done);
    assertTrue(reports.get(1).docsPerSecond() > 0);
    assertTrue(reports.get(1).eta().isPresent());
  }

  @Test
  void reindexResumesFromItsCheckpointAfterACrash() throws SQLException {
    current().index(articles, doc("old", "舊文件", "", "c"));
    JdbcDataSource h2 = H2InPostgresMode.fresh();
    try (Connection connection = h2.getConnection();
        Statement ddl = connection.createStatement()) {
      ddl.execute(
          "CREATE TABLE search_reindex_checkpoint (index_name VARCHAR(200) PRIMARY KEY,"
              + " target_index VARCHAR(255), last_id VARCHAR(512), done BIGINT NOT NULL,"
              + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " started_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " phase VARCHAR(20) NOT NULL, lease_owner VARCHAR(200),"
              + " lease_until TIMESTAMP WITH TIME ZONE)");
    }
    CheckpointStore checkpoints = new JdbcCheckpointStore(h2, "search_reindex_checkpoint");
    ListSource source = new ListSource(25, "重建");
    source.failAfterPages = 2;
    ReindexJob job = new ReindexJob(current(), checkpoints, 10, null);
    assertThrows(IllegalStateException.class, () -> job.run(articles, source));

    Checkpoint saved = checkpoints.load(articles.name()).orElseThrow();
    assertEquals("r019", saved.lastId());
    assertEquals(20, saved.done());
    // until the swap, searches still see the old generation
    assertEquals(List.of("old"), ids(SearchQuery.all()));

    ListSource restarted = new ListSource(25, "重建");
    String target = new ReindexJob(current(), checkpoints, 10, null).run(articles, restarted);
    assertEquals(saved.targetGeneration(), target);
    assertEquals("r019", restarted.requestedAfter.get(0), "resumed after the checkpoint");
    SearchPage all = search(SearchQuery.all().pageSize(100));
    assertEquals(25, all.total());
    assertEquals(25, new HashSet<>(all.ids()).size());
    assertEquals(Optional.empty(), checkpoints.load(articles.name()));
  }

  @Test
  void aCheckpointWhoseGenerationIsGoneStartsOver() {
    MemoryCheckpoints checkpoints = new MemoryCheckpoints();
    checkpoints.save(
        Checkpoint.started(articles.name(), "tk-gone-" + articles.name() + "-v1-x", T0)
            .after("r010", 11));
    ListSource source = new ListSource(5, "重建");
    new ReindexJob(current(), checkpoints, 10, null).run(articles, source);
    assertEquals(java.util.Arrays.asList((String) null), source.requestedAfter.subList(0, 1));
    assertEquals(5, search(SearchQuery.all()).total());
  }

  // ---- versioned writes ----

  private static SearchDocument versioned(String id, String title, long version) {
    return with(doc(id, title, "", "c"), "views", version);
  }

  @Test
  void versionedWritesNeverLetAnOlderDocumentReplaceANewerOne() {
    IndexDefinition byViews = track(definition(1)).versionedBy("views");
    current().ensureIndex(byViews);

    assertTrue(current().index(byViews, versioned("a", "第二版", 2)));
    assertFalse(current().index(byViews, versioned("a", "第一版", 1)), "older refused");
    assertFalse(current().index(byViews, versioned("a", "同版", 2)), "same version refused");
    assertEquals("第二版", current().get(byViews, "a").orElseThrow().fields().get("title"));

    int written =
        current()
            .bulk(
                byViews,
                List.of(versioned("a", "鍵盤", 5), versioned("b", "新", 1), versioned("a", "滑鼠", 4)));
    assertEquals(2, written, "a v5 and b v1; a v4 comes too late");
    assertEquals("鍵盤", current().get(byViews, "a").orElseThrow().fields().get("title"));
    assertEquals(1, current().search(byViews, SearchQuery.text("鍵盤").build()).total());
    assertEquals(0, current().search(byViews, SearchQuery.text("滑鼠").build()).total());

    String next = current().createGeneration(byViews);
    assertEquals(
        1,
        current()
            .bulkInto(byViews, next, List.of(versioned("a", "重建", 3), versioned("a", "舊", 2))));
    assertThrows(
        IllegalArgumentException.class,
        () -> current().index(byViews, doc("c", "沒有版本", "", "c")),
        "a versioned index needs the version");
  }

  /** A source whose document "r001" changed (to version 2) while the reindex ran. */
  private static final class ChangingSource implements DocumentSource {
    final ListSource base = new ListSource(5, "重建");
    volatile boolean changed;

    @Override
    public long count() {
      return base.count();
    }

    @Override
    public List<SearchDocument> readAfter(String afterId, int limit) {
      return base.readAfter(afterId, limit).stream().map(d -> with(d, "views", 1L)).toList();
    }

    @Override
    public List<SearchDocument> changedSince(Instant since, String afterId, int limit) {
      return changed && afterId == null
          ? List.of(with(doc("r001", "印表機", "", "c"), "views", 2L))
          : List.of();
    }
  }

  @Test
  void aReindexKilledAfterTheSwapResumesCatchesUpAndOnlyThenDropsTheOldGeneration() {
    IndexDefinition byViews = track(definition(1)).versionedBy("views");
    current().ensureIndex(byViews);
    String old = current().activeGeneration(byViews).orElseThrow();
    MemoryCheckpoints checkpoints = new MemoryCheckpoints();
    ChangingSource source = new ChangingSource();
    source.changed = true; // the change reached the old generation only, through the alias
    SearchEngine dying = failingOn(current(), "dropOthers");

    assertThrows(
        IllegalStateException.class,
        () -> new ReindexJob(dying, checkpoints, 2, null).run(byViews, source));
    Checkpoint left = checkpoints.load(byViews.name()).orElseThrow();
    assertEquals(Checkpoint.Phase.SWAPPED, left.phase());
    assertEquals(Optional.of(left.targetGeneration()), current().activeGeneration(byViews));
    assertTrue(current().generationExists(byViews, old), "nothing deleted before the end");
    assertEquals("印表機", current().get(byViews, "r001").orElseThrow().fields().get("title"));

    String target = new ReindexJob(current(), checkpoints, 2, null).run(byViews, source);
    assertEquals(left.targetGeneration(), target);
    assertFalse(current().generationExists(byViews, old));
    assertEquals(Optional.empty(), checkpoints.load(byViews.name()));
    assertEquals(1, current().search(byViews, SearchQuery.text("印表機").build()).total());
  }

  @Test
  void aSecondClaimantCannotRunTheSameReindex() {
    MemoryCheckpoints checkpoints = new MemoryCheckpoints();
    assertTrue(
        checkpoints.claim(
            articles.name(), "other-server", Instant.now(), java.time.Duration.ofMinutes(1)));
    assertThrows(
        io.ticketknowledge.platform.search.reindex.ReindexClaimedException.class,
        () ->
            new ReindexJob(current(), checkpoints, 10, null).run(articles, new ListSource(3, "x")));
    assertEquals(Optional.empty(), checkpoints.load(articles.name()), "nothing started");
  }

  /** The engine, except that {@code method} throws as if the process died there. */
  static SearchEngine failingOn(SearchEngine engine, String method) {
    return (SearchEngine)
        java.lang.reflect.Proxy.newProxyInstance(
            SearchEngine.class.getClassLoader(),
            new Class<?>[] {SearchEngine.class},
            (proxy, called, args) -> {
              if (called.getName().equals(method)) {
                throw new IllegalStateException("killed at " + method);
              }
              try {
                return called.invoke(engine, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
