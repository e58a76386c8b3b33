package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constant-memory proof of exports: 100,000 tickets inserted straight into the database, then
 * exported as CSV and as XLSX while the server's used heap ({@code memory_usedHeap_bytes} of
 * /metrics) is sampled. The figures are printed; the test fails if the export is cut short or the
 * heap grows by more than a materialised list of the tickets would take.
 */
class ExportMemoryIT {

  static final int TICKETS = 100_000;
  private static final Pattern USED_HEAP =
      Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.E+]+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static long group;

  @BeforeAll
  static void hundredThousandTickets() throws Exception {
    group = Tickets.group("匯出記憶體");
    // move the outcome rollup past now, so it does not read the old-dated tickets below
    Api.send(
        Api.request("/api/ticket/reports/rollups", Tokens.of("admin1"))
            .POST(HttpRequest.BodyPublishers.noBody()));
    String run = UUID.randomUUID().toString().substring(0, 5);
    try (Connection db = database();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO ticket.tickets (id, subject, description, status, priority,"
                    + " requester_id, requester_name, created_at, updated_at, version,"
                    + " ticket_number, group_id)"
                    + " SELECT nextval('ticket.tickets_id_seq'),"
                    + " CASE WHEN i % 10 = 0 THEN '=HYPERLINK(\"http://x\",\"工單 ' || i || '\")'"
                    + " ELSE '匯出測試工單 第 ' || i || ' 張，含逗號, 與 \"引號\"' END,"
                    + " 'description', 'NEW', 'P3', 'requester-export', '匯出者',"
                    + " timestamptz '2020-01-01 00:00+00' + i * interval '1 minute',"
                    + " timestamptz '2020-01-01 00:00+00' + i * interval '1 minute', 0,"
                    + " 'TKX-' || ? || '-' || i, ?"
                    + " FROM generate_series(1, ?) i")) {
      insert.setString(1, run);
      insert.setLong(2, group);
      insert.setInt(3, TICKETS);
      assertEquals(TICKETS, insert.executeUpdate());
    }
  }

  @AfterAll
  static void removeThem() throws Exception {
    try (Connection db = database();
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM ticket.tickets WHERE group_id = ?")) {
      delete.setLong(1, group);
      delete.executeUpdate();
    }
  }

  @Test
  void csvOfOneHundredThousandTicketsInConstantMemory() throws Exception {
    long baseline = baseline();
    Measured csv = export("csv");
    System.out.printf(
        "export of %,d tickets as CSV: %,d bytes in %,d ms; server heap used: baseline %,d MB,"
            + " peak %,d MB during the export (%d samples)%n",
        TICKETS, csv.bytes, csv.millis, mb(baseline), mb(csv.peakHeap), csv.samples);
    assertEquals(TICKETS + 1, csv.lines, "header and every ticket");
    assertBounded(baseline, csv);
  }

  @Test
  void xlsxOfOneHundredThousandTicketsInConstantMemory() throws Exception {
    long baseline = baseline();
    Measured xlsx = export("xlsx");
    System.out.printf(
        "export of %,d tickets as XLSX: %,d bytes in %,d ms; server heap used: baseline %,d MB,"
            + " peak %,d MB during the export (%d samples)%n",
        TICKETS, xlsx.bytes, xlsx.millis, mb(baseline), mb(xlsx.peakHeap), xlsx.samples);
    assertEquals(TICKETS + 1, xlsx.lines, "header and every ticket");
    assertBounded(baseline, xlsx);
  }

  /**
   * 100,000 Ticket entities held at once take well over 200 MB on this server; a streamed export
   * holds one page of 500.
   */
  private static void assertBounded(long baseline, Measured measured) {
    assertTrue(
        measured.peakHeap - baseline < 200L * 1024 * 1024,
        "heap grew by " + mb(measured.peakHeap - baseline) + " MB");
  }

  record Measured(long bytes, long lines, long millis, long peakHeap, int samples) {}

  private static Measured export(String format) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peak = new AtomicLong();
    AtomicLong samples = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(usedHeap(), Math::max);
                samples.incrementAndGet();
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    long started = System.nanoTime();
    HttpResponse<InputStream> response =
        HTTP.send(
            Api.request(
                    "/api/ticket/tickets/export?format=" + format + "&group=" + group,
                    Tokens.of("admin1"))
                .timeout(java.time.Duration.ofMinutes(10))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    long[] counted = format.equals("csv") ? csvLines(response.body()) : xlsxRows(response.body());
    long millis = (System.nanoTime() - started) / 1_000_000;
    running.set(false);
    sampler.join();
    return new Measured(counted[0], counted[1], millis, peak.get(), (int) samples.get());
  }

  /** Bytes and CRLF-ended lines (a line break inside a quoted cell would be LF only here). */
  private static long[] csvLines(InputStream body) throws Exception {
    long bytes = 0;
    long lines = 0;
    int previous = -1;
    byte[] buffer = new byte[64 * 1024];
    try (body) {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n' && previous == '\r') {
            lines++;
          }
          previous = buffer[i];
        }
        bytes += n;
      }
    }
    return new long[] {bytes, lines};
  }

  /** Bytes of the zip and rows of its sheets, counted while it streams in. */
  private static long[] xlsxRows(InputStream body) throws Exception {
    CountingStream counting = new CountingStream(body);
    long rows = 0;
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      byte[] marker = "<row ".getBytes();
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.getName().startsWith("xl/worksheets/")) {
          continue;
        }
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          for (int i = 0; i < n; i++) {
            matched = buffer[i] == marker[matched] ? matched + 1 : (buffer[i] == marker[0] ? 1 : 0);
            if (matched == marker.length) {
              rows++;
              matched = 0;
            }
          }
        }
      }
    }
    return new long[] {counting.count, rows};
  }

  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** The lowest used heap over two seconds (after a collection, roughly what is live). */
  private static long baseline() throws Exception {
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      lowest = Math.min(lowest, usedHeap());
      Thread.sleep(100);
    }
    return lowest;
  }

  private static long usedHeap() {
    HttpResponse<String> metrics = Api.send(Api.request("/metrics?scope=base").GET());
    Matcher used = USED_HEAP.matcher(metrics.body());
    if (!used.find()) {
      throw new AssertionError("no memory_usedHeap_bytes in /metrics");
    }
    return (long) Double.parseDouble(used.group(1));
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
  }
}
