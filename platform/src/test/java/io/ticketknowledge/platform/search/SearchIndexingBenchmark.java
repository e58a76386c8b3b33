package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import io.ticketknowledge.platform.search.elasticsearch.ElasticsearchSearchEngine;
import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import io.ticketknowledge.platform.search.reindex.ReindexJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Prints how long indexing 10,000 mixed zh-TW/English help-desk documents takes on each adapter,
 * next to a baseline measured in the same run: only analyzing the same documents in memory. Prints
 * figures; passes or fails nothing. Run by scripts/bench/search-index.sh.
 */
public final class SearchIndexingBenchmark {

  private static final String[] ZH_SUBJECTS = {
    "印表機", "VPN 連線", "電子郵件", "筆記型電腦", "Wi-Fi", "共用資料夾", "會議室投影機", "密碼", "ERP 系統", "軟體授權"
  };
  private static final String[] ZH_PROBLEMS = {
    "無法連線", "一直顯示錯誤", "速度很慢", "突然當機", "需要重新設定", "登入失敗", "無法列印", "憑證過期"
  };
  private static final String[] EN_SENTENCES = {
    "The user reports that the printer on floor 3 is offline again.",
    "Restarting the VPN client did not help; error 809 persists.",
    "Outlook keeps asking for the password after the update.",
    "Please reset the MFA token, the phone was replaced.",
    "Laptop battery drains quickly since the BIOS upgrade.",
    "Shared drive mapping fails with access denied for the finance group.",
    "Projector in meeting room B shows no signal from HDMI.",
    "License server returned an expired certificate warning."
  };
  private static final String[] ZH_SENTENCES = {
    "使用者表示三樓的印表機又離線了，重新開機後仍然無法列印。",
    "在家使用 ＶＰＮ 連線時出現錯誤碼 ８０９，已嘗試重新安裝用戶端。",
    "更新之後 Outlook 一直要求輸入密碼，請協助檢查帳號狀態。",
    "手機更換後需要重新綁定多重要素驗證，請協助重設。",
    "筆電在 BIOS 更新後電池耗電很快，懷疑是電源設定問題。",
    "財務群組對共用資料夾沒有存取權限，對應磁碟機失敗。",
    "會議室 B 的投影機接上 HDMI 後沒有訊號。",
    "授權伺服器回報憑證即將過期，請安排更新。"
  };

  private SearchIndexingBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int batch = 500;
    IndexDefinition definition =
        new IndexDefinition(
            "bench",
            1,
            List.of(
                FieldDefinition.text("title", 2f),
                FieldDefinition.text("body", 1f),
                FieldDefinition.keyword("category"),
                FieldDefinition.keyword("visibleTo"),
                FieldDefinition.date("createdAt"),
                FieldDefinition.number("views")));
    List<SearchDocument> documents = documents(count);
    long chars =
        documents.stream()
            .mapToLong(
                d ->
                    ((String) d.fields().get("title")).length()
                        + ((String) d.fields().get("body")).length())
            .sum();
    System.out.printf(
        "documents: %d (mixed zh-TW/English, %d characters of text, %.0f per document), batches of %d%n",
        count, chars, (double) chars / count, batch);

    analyzeAll(documents.subList(0, Math.min(1000, count))); // warm-up
    long baseline = analyzeAll(documents);
    report("baseline: analyze only, in memory", baseline, baseline);

    Path dir = Files.createTempDirectory("tk-bench-lucene");
    try (LuceneSearchEngine lucene = new LuceneSearchEngine(dir, "bench-", 160)) {
      measure("lucene", lucene, definition, documents, batch, baseline);
    } finally {
      delete(dir);
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
        measure("elasticsearch", es, definition, documents, batch, baseline);
      } finally {
        es.drop(definition);
      }
    }
  }

  private static void measure(
      String name,
      SearchEngine engine,
      IndexDefinition definition,
      List<SearchDocument> documents,
      int batch,
      long baseline) {
    engine.ensureIndex(definition);
    engine.bulk(definition, documents.subList(0, Math.min(batch, documents.size()))); // warm-up
    engine.drop(definition);
    engine.ensureIndex(definition);

    long started = System.nanoTime();
    for (int i = 0; i < documents.size(); i += batch) {
      engine.bulk(definition, documents.subList(i, Math.min(documents.size(), i + batch)));
    }
    long live = System.nanoTime() - started;
    report(name + ": bulk through the alias (visible after each batch)", live, baseline);
    long total = engine.search(definition, SearchQuery.all().pageSize(1).build()).total();
    if (total != documents.size()) {
      throw new IllegalStateException(name + " holds " + total + " documents");
    }

    started = System.nanoTime();
    new ReindexJob(engine, new MemoryCheckpoints(), batch, null)
        .run(definition, new ListSource(documents));
    long reindex = System.nanoTime() - started;
    report(name + ": reindex job into a new generation + alias swap", reindex, baseline);
    engine.drop(definition);
  }

  private static long analyzeAll(List<SearchDocument> documents) {
    TextAnalysis analysis = new TextAnalysis();
    long started = System.nanoTime();
    long terms = 0;
    for (SearchDocument document : documents) {
      for (String field : List.of("title", "body")) {
        String text = (String) document.fields().get(field);
        terms += analysis.wordTerms(text).size() + analysis.characterTerms(text).size();
      }
    }
    if (terms == 0) {
      throw new IllegalStateException("no terms");
    }
    return System.nanoTime() - started;
  }

  private static void report(String what, long nanos, long baseline) {
    System.out.printf(
        "%-62s %8.0f ms  %7.1f x baseline%n", what, nanos / 1e6, (double) nanos / baseline);
  }

  static List<SearchDocument> documents(int count) {
    Random random = new Random(42);
    List<SearchDocument> documents = new ArrayList<>();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      String title =
          ZH_SUBJECTS[random.nextInt(ZH_SUBJECTS.length)]
              + ZH_PROBLEMS[random.nextInt(ZH_PROBLEMS.length)]
              + (random.nextBoolean()
                  ? " - " + EN_SENTENCES[random.nextInt(EN_SENTENCES.length)].split("\\.")[0]
                  : "");
      StringBuilder body = new StringBuilder();
      int sentences = 2 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        body.append(
                random.nextInt(3) == 0
                    ? EN_SENTENCES[random.nextInt(EN_SENTENCES.length)]
                    : ZH_SENTENCES[random.nextInt(ZH_SENTENCES.length)])
            .append(' ');
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("title", title);
      fields.put("body", body.toString().strip());
      fields.put("category", "c" + random.nextInt(12));
      fields.put("visibleTo", List.of("everyone", "dept-" + random.nextInt(20)));
      fields.put("createdAt", start.plusSeconds(random.nextInt(365 * 86400)));
      fields.put("views", (long) random.nextInt(1000));
      documents.add(SearchDocument.of(String.format("%06d", i), fields));
    }
    return documents;
  }

  private record ListSource(List<SearchDocument> documents) implements DocumentSource {
    @Override
    public long count() {
      return documents.size();
    }

    @Override
    public List<SearchDocument> readAfter(String afterId, int limit) {
      int from = afterId == null ? 0 : Integer.parseInt(afterId) + 1;
      return documents.subList(
          Math.min(from, documents.size()), Math.min(documents.size(), from + limit));
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
