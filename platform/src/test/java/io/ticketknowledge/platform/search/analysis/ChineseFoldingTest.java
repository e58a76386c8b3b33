package io.ticketknowledge.platform.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The folded analysis and the seed glossary, as a table: does a query (zh-CN, zh-TW, English, as
 * people type it) meet a text, and by which way. "exact": the words field alone; "folded": the
 * folded field (script, width, hyphens and spaces); "glossary": only through a glossary
 * alternative; "none": not at all.
 */
class ChineseFoldingTest {

  private static final TextAnalysis ANALYSIS = new TextAnalysis();
  private static final Glossary SEED = Glossary.seed();

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // script folding: Simplified query, Traditional text and back
        "印表機無法連線; 印表機無法連線; exact",
        "无法连线; 印表機無法連線; folded",
        "網路; 网路设定; folded",
        "电邮; 如何設定電郵; folded",
        "后台; 後台管理; folded",
        "头发; 頭髮; folded",
        // regional vocabulary that conversion alone misses
        "打印机; 三樓印表機無法列印; glossary",
        "网络; 網路斷線; glossary",
        "软件; 安裝軟體; glossary",
        "笔记本; 筆記型電腦借用; glossary",
        "U盘; 隨身碟無法讀取; glossary",
        "筆電; 筆記型電腦電池; glossary",
        "电邮; 電子郵件無法寄出; glossary",
        "内存; 記憶體不足; glossary",
        "登录; 無法登入系統; glossary",
        // English across languages and synonyms
        "printer; 印表機卡紙; glossary",
        "password; 忘記密碼怎麼辦; glossary",
        "密碼; How to reset your password; glossary",
        "laptop; Notebook battery replacement; glossary",
        "Printers; printer driver; exact",
        // width, hyphens and spaces
        "ＶＰＮ; VPN client; exact",
        "wifi; Wi-Fi is down; folded",
        "wi fi; WiFi is down; folded",
        "Wi-Fi; wifi password; folded",
        "e-mail; email quota; folded",
        "log in; cannot login; folded",
        // not everything meets
        "印表機; 網路斷線; none",
        "printer; 會議室預約; none",
      })
  void queryMeetsText(String query, String text, String way) {
    assertEquals(way, way(query, text), () -> query + " → " + text);
  }

  @Test
  void traditionalFoldsToSimplifiedKeepingOffsets() {
    String text = "網路印表機";
    List<TextAnalysis.Token> tokens = ANALYSIS.foldedTokens(text);
    assertEquals(List.of("网路", "路印", "印表", "表机"), tokens.stream().map(t -> t.term()).toList());
    assertEquals("網路", text.substring(tokens.get(0).start(), tokens.get(0).end()));
  }

  @Test
  void latinNeighboursAreJoinedAfterTheOtherTerms() {
    // every adjacent pair is joined (ficonnect is harmless noise nobody types)
    assertEquals(
        List.of("wi", "fi", "connect", "wifi", "ficonnect"),
        ANALYSIS.foldedTerms("Wi-Fi connection"));
    assertEquals(List.of("print", "paper"), ANALYSIS.foldedTerms("printer, paper"));
    assertEquals(List.of("wi", "fi", "connect"), ANALYSIS.foldedPhraseTerms("Wi-Fi connection"));
    assertEquals(List.of("vpn", "wifi"), ANALYSIS.foldedTerms("ＶＰＮ　WiFi").subList(0, 2));
    // the words field is unchanged: exact matches stay exact
    assertEquals(List.of("wi", "fi"), ANALYSIS.wordTerms("Wi-Fi"));
  }

  @Test
  void glossaryNeedsTwoDistinctTermsAndIgnoresBlanks() {
    Glossary glossary =
        Glossary.of(List.of(List.of("印表機", "印表机"), List.of(" ", "a"), List.of("軟體", " 软件 ")));
    assertEquals(1, glossary.size(), "印表機/印表机 fold to one term: not a set");
    assertEquals(
        List.of(List.of("软件")), glossary.alternatives(ANALYSIS.foldedTerms("軟體")).subList(0, 1));
    assertTrue(Glossary.empty().alternatives(ANALYSIS.foldedTerms("軟體")).isEmpty());
  }

  @Test
  void simplifiedQueriesMarkTheWholeTraditionalWord() {
    SnippetMaker snippets = new SnippetMaker(ANALYSIS, 80);
    String text = "網路印表機無法列印";
    assertEquals(
        "網路[印]表機[無法列印]", // single characters are marked too, as before
        snippets
            .snippet(text, snippets.queryTerms("无法列印", Glossary.empty()))
            .orElseThrow()
            .marked("[", "]"));
    assertEquals(
        "網路[印表機]無法[列印]", // printer and print are both glossary terms
        snippets
            .snippet(text, snippets.queryTerms("printer", SEED))
            .orElseThrow()
            .marked("[", "]"));
    assertTrue(ScriptFoldFilter.hasSimplifiedForms("无法列印"));
    assertFalse(ScriptFoldFilter.hasSimplifiedForms("無法列印"));
    assertFalse(ScriptFoldFilter.hasSimplifiedForms("printer"));
  }

  @Test
  void seedGlossaryHoldsAFewHundredTerms() {
    int terms = Glossary.seedSets().stream().mapToInt(List::size).sum();
    assertTrue(terms >= 600, "terms in the seed: " + terms);
    assertTrue(SEED.size() >= 170, "sets: " + SEED.size());
  }

  @Test
  void alternativesAreCapped() {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("term" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
    }
    Glossary big = Glossary.of(List.of(many));
    assertFalse(big.alternatives(List.of("termaa")).isEmpty());
    assertTrue(big.alternatives(List.of("termaa")).size() <= 12);
  }

  private static String way(String query, String text) {
    if (containsAny(ANALYSIS.wordTerms(text), ANALYSIS.wordTerms(query))) {
      return "exact";
    }
    List<String> textFolded = ANALYSIS.foldedTerms(text);
    List<String> queryPhrase = ANALYSIS.foldedPhraseTerms(query);
    List<String> queryFolded = ANALYSIS.foldedTerms(query);
    if (Collections.indexOfSubList(textFolded, queryPhrase) >= 0
        || queryFolded.stream().anyMatch(t -> t.length() > 3 && textFolded.contains(t))) {
      return "folded";
    }
    for (List<String> alternative : SEED.alternatives(queryFolded)) {
      if (Collections.indexOfSubList(textFolded, alternative) >= 0) {
        return "glossary";
      }
    }
    return "none";
  }

  private static boolean containsAny(List<String> text, List<String> query) {
    return Collections.indexOfSubList(text, query) >= 0 && !query.isEmpty();
  }
}
