package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.elasticsearch.ElasticsearchSearchEngine;
import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Latency of {@code GET /api/knowledge/suggestions}' search ({@link ArticleSearch#suggest}) over
 * 10,000 mixed zh-TW/English articles with the audience permission of a requester, on the Lucene
 * adapter and (when TK_ES_URL is set) on Elasticsearch: p50/p95/p99 of texts as a user types a
 * ticket (growing prefixes of realistic subjects). Prints figures; passes or fails nothing. Run by
 * scripts/bench/suggestions.sh.
 */
public final class SuggestionsBenchmark {

  private static final String[] ZH_TOPICS = {
    "印表機", "VPN 連線", "電子郵件", "筆記型電腦", "無線網路", "共用資料夾", "會議室投影機", "密碼", "多重要素驗證", "軟體授權"
  };
  private static final String[] ZH_PROBLEMS = {
    "無法連線", "一直顯示錯誤", "速度很慢", "突然當機", "需要重新設定", "登入失敗", "無法列印", "憑證過期"
  };
  private static final String[] EN_TOPICS = {
    "printer",
    "VPN",
    "email",
    "laptop",
    "Wi-Fi",
    "shared drive",
    "projector",
    "password",
    "MFA",
    "licence"
  };
  private static final String[] EN_PROBLEMS = {
    "cannot connect",
    "keeps showing an error",
    "is very slow",
    "crashes",
    "needs setup",
    "sign-in fails"
  };
  private static final String[] TYPED = {
    "印表機無法列印，三樓", "VPN 連線一直逾時", "筆電電池無法充電", "忘記密碼 無法登入", "Outlook keeps asking for my password",
    "printer offline on floor 3", "Wi-Fi 訪客帳號", "shared drive access denied", "會議室投影機沒有訊號",
        "MFA new phone"
  };
  private static final String[] AUDIENCES = {
    "EVERYONE", "EVERYONE", "EMPLOYEES", "AGENTS", "group:finance"
  };

  private SuggestionsBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    List<SearchDocument> documents = articles(count);
    List<String> texts = typedTexts(queries);
    System.out.printf(
        "articles: %d (mixed zh-TW/English), suggestion texts: %d (prefixes of what users type)%n",
        count, texts.size());
    Path dir = Files.createTempDirectory("tk-bench-suggestions");
    try (LuceneSearchEngine lucene = new LuceneSearchEngine(dir, "bench-", 160)) {
      measure("lucene", lucene, documents, texts);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    String url = System.getenv("TK_ES_URL");
    if (url == null || url.isBlank()) {
      System.out.println("elasticsearch: skipped (TK_ES_URL is not set)");
      return;
    }
    String prefix = "tk-bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    try (ElasticsearchSearchEngine es =
        new ElasticsearchSearchEngine(
            new ElasticsearchSearchEngine.Settings(url, prefix, 0, 60_000, null, null), 160)) {
      try {
        measure("elasticsearch", es, documents, texts);
      } finally {
        es.drop(ArticleIndex.DEFINITION);
      }
    }
  }

  private static void measure(
      String name, SearchEngine engine, List<SearchDocument> documents, List<String> texts) {
    engine.ensureIndex(ArticleIndex.DEFINITION);
    for (int i = 0; i < documents.size(); i += 500) {
      engine.bulk(
          ArticleIndex.DEFINITION, documents.subList(i, Math.min(documents.size(), i + 500)));
    }
    ArticleSearch search = new ArticleSearch();
    search.engine = engine;
    Reader requester = new Reader("u1", "王小明", Set.of("requester"));
    for (int i = 0; i < Math.min(200, texts.size()); i++) {
      search.suggest(texts.get(i), null, 5, requester); // warm-up
    }
    long[] nanos = new long[texts.size()];
    long hits = 0;
    for (int i = 0; i < texts.size(); i++) {
      long started = System.nanoTime();
      SearchPage page = search.suggest(texts.get(i), null, 5, requester);
      nanos[i] = System.nanoTime() - started;
      hits += page.hits().size();
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%-14s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%.1f hits per query)%n",
        name + ":",
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.95)] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        (double) hits / nanos.length);
    engine.drop(ArticleIndex.DEFINITION);
  }

  static List<String> typedTexts(int count) {
    List<String> texts = new ArrayList<>();
    Random random = new Random(7);
    while (texts.size() < count) {
      String full = TYPED[random.nextInt(TYPED.length)];
      int length = 2 + random.nextInt(full.length() - 1);
      texts.add(full.substring(0, length).strip().isEmpty() ? full : full.substring(0, length));
    }
    return texts;
  }

  static List<SearchDocument> articles(int count) {
    Random random = new Random(42);
    List<SearchDocument> documents = new ArrayList<>();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      boolean zh = random.nextBoolean();
      int topic = random.nextInt(ZH_TOPICS.length);
      String title =
          zh
              ? ZH_TOPICS[topic] + ZH_PROBLEMS[random.nextInt(ZH_PROBLEMS.length)] + "的處理方式 #" + i
              : "When the "
                  + EN_TOPICS[topic]
                  + " "
                  + EN_PROBLEMS[random.nextInt(EN_PROBLEMS.length)]
                  + " #"
                  + i;
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        int t = random.nextInt(ZH_TOPICS.length);
        body.append(
            zh
                ? "請先確認"
                    + ZH_TOPICS[t]
                    + "的設定，若"
                    + ZH_PROBLEMS[random.nextInt(ZH_PROBLEMS.length)]
                    + "請重新啟動。"
                : "Check the "
                    + EN_TOPICS[t]
                    + " settings; if it "
                    + EN_PROBLEMS[random.nextInt(EN_PROBLEMS.length)]
                    + ", restart it. ");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put(ArticleIndex.TITLE, title);
      fields.put(ArticleIndex.SUMMARY, zh ? "常見問題與步驟" : "Common problems and steps");
      fields.put(ArticleIndex.BODY, body.toString());
      fields.put(ArticleIndex.LOCALE, zh ? "zh-TW" : "en");
      fields.put(ArticleIndex.CATEGORY, Integer.toString(topic));
      fields.put(ArticleIndex.TAGS, List.of(EN_TOPICS[topic].toLowerCase()));
      fields.put(ArticleIndex.VISIBLE_TO, AUDIENCES[random.nextInt(AUDIENCES.length)]);
      fields.put(ArticleIndex.OWNER_ID, "editor1");
      fields.put(ArticleIndex.STATUS, ArticleIndex.LIVE);
      Instant at = start.plusSeconds(3600L * i);
      fields.put(ArticleIndex.PUBLISHED_AT, at);
      fields.put(ArticleIndex.UPDATED_AT, at);
      fields.put(ArticleIndex.VERSION, 3L);
      documents.add(new SearchDocument(Integer.toString(i + 1), fields));
    }
    return documents;
  }
}
