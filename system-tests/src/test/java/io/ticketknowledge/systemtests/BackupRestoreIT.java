package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore for real: data created through the API and objects in the attachment bucket
 * survive scripts/backup/backup-*.sh, a wipe of every application schema and of the bucket, and
 * scripts/backup/restore-*.sh. Tables and schemas are discovered from the catalog, so later
 * modules' tables are covered without editing this test. It wipes the database it runs against,
 * hence it is ordered after every other system test ({@link ClassOrderer.OrderAnnotation}, see
 * junit-platform.properties).
 */
@Order(Integer.MAX_VALUE)
class BackupRestoreIT {

  private static final String TICKETS = "/api/ticket/tickets";
  private static final Path REPO = Path.of(System.getProperty("tk.repo.root", "..")).normalize();
  private static final String BUCKET = envOr("TK_S3_BUCKET", "tk-attachments");

  @TempDir Path backups;

  @Test
  void dataSurvivesBackupWipeAndRestore() throws Exception {
    List<JsonNode> tickets = new ArrayList<>();
    for (String subject : List.of("備份測試 印表機", "backup test VPN", "備份測試 郵件")) {
      tickets.add(Tickets.open("requester1", subject + " " + UUID.randomUUID()));
    }
    MinioClient s3 = s3();
    putObjects(s3);
    Map<String, String> tablesBefore = tableDigests();
    Map<String, String> objectsBefore = objectDigests(s3);
    assertTrue(tablesBefore.containsKey("ticket.tickets"), tablesBefore.toString());
    System.out.printf(
        "before backup: %d tables/sequences, %d objects in %s%n",
        tablesBefore.size(), objectsBefore.size(), BUCKET);

    Path dump = lastLine(run(0, "scripts/backup/backup-database.sh", "--dir", backups.toString()));
    Path archive =
        lastLine(run(0, "scripts/backup/backup-attachments.sh", "--dir", backups.toString()));
    assertTrue(Files.isRegularFile(Path.of(dump + ".sha256")), "checksum file next to the dump");
    assertTrue(Files.isRegularFile(Path.of(archive + ".sha256")), "checksum file of the archive");

    // nothing is overwritten without --force, and nothing happens on a refusal
    Script refused = run(4, "scripts/backup/restore-database.sh", dump.toString());
    assertTrue(refused.output().contains("not empty"), refused.output());
    Script bucketRefused = run(4, "scripts/backup/restore-attachments.sh", archive.toString());
    assertTrue(bucketRefused.output().contains("refusing"), bucketRefused.output());
    assertEquals(tablesBefore, tableDigests());

    // a change after the backup: the search index (not backed up) holds version 2 of the ticket
    String changed = TICKETS + "/" + id(tickets.get(0));
    String afterBackup = word(); // one token: no other ticket shares a bigram or a character of it
    patchSubject(changed, "\"1\"", afterBackup);
    awaitSearch(afterBackup, id(tickets.get(0)), true);
    awaitSignalVersion(id(tickets.get(0)), 2);

    wipeDatabase();
    wipeBucket(s3);
    assertEquals(Map.of(), objectDigests(s3), "bucket emptied");
    HttpResponse<String> afterWipe = Api.get(TICKETS + "?limit=100", Tokens.of("agent1"));
    for (JsonNode ticket : tickets) {
      assertFalse(
          afterWipe.statusCode() == 200 && listedIds(afterWipe).contains(id(ticket)),
          "ticket " + id(ticket) + " is gone after the wipe: " + afterWipe.body());
    }

    run(0, "scripts/backup/restore-database.sh", dump.toString());
    run(0, "scripts/backup/restore-attachments.sh", archive.toString());

    assertEquals(
        withoutSearchState(tablesBefore),
        withoutSearchState(tableDigests()),
        "every table: same rows, same sequence values");
    assertEquals(objectsBefore, objectDigests(s3), "every object: same key, same content");
    HttpResponse<String> list = Api.get(TICKETS + "?limit=100", Tokens.of("agent1"));
    assertEquals(200, list.statusCode(), list.body());
    for (JsonNode ticket : tickets) {
      assertTrue(listedIds(list).contains(id(ticket)), "listed again: " + id(ticket));
      HttpResponse<String> read = Api.get(TICKETS + "/" + id(ticket), Tokens.of("requester1"));
      assertEquals(200, read.statusCode(), read.body());
      assertEquals(ticket.get("subject").asText(), Api.json(read).get("subject").asText());
    }
    // the index is rebuilt from the restored table: the restored version 1 is found, and its next
    // change (version 2 again) replaces the index's pre-restore version 2
    String restored = tickets.get(0).get("subject").asText();
    awaitSearch(restored, id(tickets.get(0)), true);
    String afterRestore = word();
    patchSubject(changed, "\"1\"", afterRestore);
    awaitSearch(afterRestore, id(tickets.get(0)), true);
    awaitSearch(afterBackup, id(tickets.get(0)), false);
    JsonNode opened = Tickets.open("requester1", "還原後的新工單");
    assertTrue(id(opened) > tickets.stream().mapToLong(BackupRestoreIT::id).max().orElseThrow());
  }

  @Test
  void damagedBackupsAreRefusedBeforeAnythingIsTouched() throws Exception {
    Tickets.open("requester1", "損壞備份測試");
    putObjects(s3());
    Path dump = lastLine(run(0, "scripts/backup/backup-database.sh", "--dir", backups.toString()));
    Path archive =
        lastLine(run(0, "scripts/backup/backup-attachments.sh", "--dir", backups.toString()));
    Map<String, String> before = tableDigests();

    flipOneByte(dump);
    Script damagedDump = run(3, "scripts/backup/restore-database.sh", "--force", dump.toString());
    assertTrue(damagedDump.output().contains("checksum mismatch"), damagedDump.output());
    flipOneByte(archive);
    Script damagedArchive =
        run(3, "scripts/backup/restore-attachments.sh", "--force", archive.toString());
    assertTrue(damagedArchive.output().contains("checksum mismatch"), damagedArchive.output());

    Files.delete(Path.of(dump + ".sha256"));
    Script unverifiable = run(1, "scripts/backup/restore-database.sh", "--force", dump.toString());
    assertTrue(unverifiable.output().contains("no checksum file"), unverifiable.output());
    assertEquals(before, tableDigests(), "the database is untouched");
  }

  // ---- database --------------------------------------------------------------------------------

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
  }

  private static final String USER_SCHEMAS =
      "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

  /** Row count and a digest of all rows of every table, and the state of every sequence. */
  /**
   * A row as text for the digest. Articles are compared on what an author wrote: the server keeps
   * writing their bookkeeping (view counts flushed from the cache on their own schedule, and a
   * translation's or revision's markers) while backup and restore run, and that is not what a
   * backup is checked for here; queued mails likewise on what was queued.
   */
  private static String row(String[] relation) {
    if (relation[0].equals("knowledge") && relation[1].equals("articles")) {
      return "concat_ws('|', t.id, t.title, t.body, t.language, t.summary, t.author_id,"
          + " t.created_at)";
    }
    // queued mails: what was queued, not the sending job's attempts, which go on meanwhile
    if (relation[0].equals("ticket") && relation[1].equals("mail_notification")) {
      return "concat_ws('|', t.id, t.event_id, t.recipient_id, t.kind, t.subject, t.message_id)";
    }
    return "t::text";
  }

  static Map<String, String> tableDigests() throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Connection db = db();
        Statement sql = db.createStatement()) {
      List<String[]> relations = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT n.nspname, c.relname, c.relkind FROM pg_class c"
                  + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE c.relkind IN ('r', 'p', 'S') AND "
                  + USER_SCHEMAS)) {
        while (rows.next()) {
          relations.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        }
      }
      for (String[] relation : relations) {
        String name = quote(relation[0]) + "." + quote(relation[1]);
        String query =
            relation[2].equals("S")
                ? "SELECT 'sequence', last_value || '/' || is_called FROM " + name
                : "SELECT count(*), coalesce(md5(string_agg(md5("
                    + row(relation)
                    + "), ',' ORDER BY md5("
                    + row(relation)
                    + "))), '-') FROM "
                    + name
                    + " t";
        try (ResultSet row = sql.executeQuery(query)) {
          row.next();
          digests.put(relation[0] + "." + relation[1], row.getString(1) + ":" + row.getString(2));
        }
      }
    }
    return digests;
  }

  /** Drops every application schema and whatever lies in public: an empty database again. */
  private static void wipeDatabase() throws Exception {
    try (Connection db = db();
        Statement sql = db.createStatement()) {
      List<String> drops = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT 'DROP SCHEMA ' || quote_ident(n.nspname) || ' CASCADE' FROM pg_namespace n"
                  + " WHERE n.nspname <> 'public' AND "
                  + USER_SCHEMAS
                  + " UNION ALL SELECT 'DROP ' || CASE c.relkind WHEN 'S' THEN 'SEQUENCE'"
                  + " WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END"
                  + " || ' IF EXISTS public.' || quote_ident(c.relname) || ' CASCADE'"
                  + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')")) {
        while (rows.next()) {
          drops.add(rows.getString(1));
        }
      }
      for (String drop : drops) {
        sql.execute(drop);
      }
      System.out.println("wiped: " + drops);
    }
    assertEquals(Map.of(), tableDigests(), "no application table left");
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  // ---- bucket ----------------------------------------------------------------------------------

  private static MinioClient s3() throws Exception {
    MinioClient client =
        MinioClient.builder()
            .endpoint(Api.env("TK_S3_ENDPOINT"))
            .region(envOr("TK_S3_REGION", "us-east-1"))
            .credentials(Api.env("TK_S3_ACCESS_KEY"), Api.env("TK_S3_SECRET_KEY"))
            .build();
    if (!client.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
      client.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
    }
    return client;
  }

  /** A few objects as attachments would be: nested keys, a Chinese name, binary content. */
  private static void putObjects(MinioClient s3) throws Exception {
    byte[] binary = new byte[70_000];
    new Random(42).nextBytes(binary);
    String run = UUID.randomUUID().toString();
    Map<String, byte[]> objects = new LinkedHashMap<>();
    objects.put("tickets/" + run + "/截圖 1.png", binary);
    objects.put("tickets/" + run + "/log&notes.txt", "錯誤記錄\nline 2\n".getBytes(UTF8));
    objects.put("articles/" + run + "/empty.txt", new byte[0]);
    for (Map.Entry<String, byte[]> object : objects.entrySet()) {
      s3.putObject(
          PutObjectArgs.builder().bucket(BUCKET).object(object.getKey()).stream(
                  new ByteArrayInputStream(object.getValue()), object.getValue().length, -1)
              .contentType("application/octet-stream")
              .build());
    }
  }

  private static Map<String, String> objectDigests(MinioClient s3) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    for (Result<Item> result :
        s3.listObjects(ListObjectsArgs.builder().bucket(BUCKET).recursive(true).build())) {
      String key = result.get().objectName();
      try (InputStream in =
          s3.getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
        digests.put(
            key,
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
      }
    }
    return digests;
  }

  private static void wipeBucket(MinioClient s3) throws Exception {
    for (String key : objectDigests(s3).keySet()) {
      s3.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
    }
  }

  // ---- scripts ---------------------------------------------------------------------------------

  record Script(int exitCode, String output) {}

  /** Runs a repository script with this JVM's environment (the TK_* settings of the services). */
  private static Script run(int expectedExit, String script, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", REPO.resolve(script).toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF8);
    int exit = process.waitFor();
    System.out.printf("$ %s (exit %d)%n%s", String.join(" ", command), exit, output);
    assertEquals(expectedExit, exit, () -> script + " exit code; output:\n" + output);
    return new Script(exit, output);
  }

  private static Path lastLine(Script script) {
    String[] lines = script.output().strip().split("\n");
    Path file = Path.of(lines[lines.length - 1].strip());
    assertTrue(Files.isRegularFile(file), "the script names the file it wrote: " + file);
    return file;
  }

  private static void flipOneByte(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    int middle = bytes.length / 2;
    bytes[middle] = (byte) ~bytes[middle];
    Files.write(file, bytes);
    assertNotEquals(0, bytes.length);
  }

  // ---- API -------------------------------------------------------------------------------------

  private static String word() {
    StringBuilder word = new StringBuilder();
    new Random().ints(12, 'a', 'z' + 1).forEach(c -> word.append((char) c));
    return word.toString();
  }

  private static void patchSubject(String path, String ifMatch, String subject) {
    HttpResponse<String> patched =
        Tickets.patch(path, Tokens.of("agent1"), ifMatch, "{\"subject\":\"" + subject + "\"}");
    assertEquals(200, patched.statusCode(), patched.body());
  }

  /** Waits until a search for {@code text} does (or no longer does) list the ticket. */
  private static void awaitSearch(String text, long id, boolean listed) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              HttpResponse<String> page =
                  Api.get(
                      TICKETS
                          + "/search?limit=100&q="
                          + URLEncoder.encode(text, StandardCharsets.UTF_8),
                      Tokens.of("agent1"));
              return page.statusCode() == 200 && listedIds(page).contains(id) == listed;
            });
  }

  /** The Knowledge consumer applied the change too, so nothing arrives after the wipe. */
  private static void awaitSignalVersion(long id, long version) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              HttpResponse<String> signal =
                  Api.get("/api/knowledge/ticket-signals/" + id, Tokens.of("agent1"));
              return signal.statusCode() == 200
                  && Api.json(signal).path("ticketVersion").asLong() >= version;
            });
  }

  /**
   * The tables without the search index's own state: the reindex the restore asks for writes its
   * claim and checkpoint, and answers the request, while the comparison runs.
   */
  private static Map<String, String> withoutSearchState(Map<String, String> digests) {
    Map<String, String> data = new TreeMap<>(digests);
    data.keySet().removeIf(t -> t.endsWith(".search_reindex_checkpoint"));
    data.keySet().removeIf(t -> t.endsWith(".search_reindex_request"));
    return data;
  }

  private static long id(JsonNode ticket) {
    return ticket.get("id").asLong();
  }

  private static List<Long> listedIds(HttpResponse<String> list) {
    List<Long> ids = new ArrayList<>();
    Api.json(list).path("items").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
