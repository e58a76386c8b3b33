package io.ticketknowledge.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataArchiveTest {

  @Test
  void writesJsonFilesAndFilesThenAManifestThatListsThem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] file = "報告內容".getBytes(StandardCharsets.UTF_8);
    try (PersonalDataArchive archive =
        new PersonalDataArchive(out, "ticket", new SubjectId("requester1"))) {
      archive.json(
          "tickets.json",
          array -> {
            array.writeStartObject().write("id", 1042).write("subject", "印表機").writeEnd();
            array.writeStartObject().write("id", 1043).write("subject", "VPN").writeEnd();
            return 2;
          });
      archive.file("attachments/a1/報告.txt", new ByteArrayInputStream(file));
    }
    Map<String, byte[]> entries = unzip(out.toByteArray());
    assertEquals(
        List.of("tickets.json", "attachments/a1/報告.txt", "manifest.json"),
        List.copyOf(entries.keySet()));
    JsonArray tickets =
        Jsons.reader(new ByteArrayInputStream(entries.get("tickets.json"))).readArray();
    assertEquals(1043, tickets.getJsonObject(1).getInt("id"));
    assertArrayEquals(file, entries.get("attachments/a1/報告.txt"));

    JsonObject manifest =
        Jsons.reader(new ByteArrayInputStream(entries.get("manifest.json"))).readObject();
    assertEquals("tk-personal-data", manifest.getString("format"));
    assertEquals("requester1", manifest.getString("subject"));
    assertEquals(Pseudonym.of("requester1").stored(), manifest.getString("pseudonym"));
    JsonArray files = manifest.getJsonArray("files");
    assertEquals(2, files.getJsonObject(0).getInt("items"));
    assertEquals(file.length, files.getJsonObject(1).getInt("bytes"));
    for (JsonObject listed : files.getValuesAs(JsonObject.class)) {
      assertEquals(sha256(entries.get(listed.getString("path"))), listed.getString("sha256"));
    }
  }

  @Test
  void aFailingReaderFailsTheArchive() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PersonalDataArchive archive = new PersonalDataArchive(out, "ticket", new SubjectId("x"));
    assertThrows(
        IOException.class,
        () ->
            archive.json(
                "tickets.json",
                array -> {
                  throw new java.sql.SQLException("connection lost");
                }));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "報告.txt|報告.txt",
        "../../etc/passwd|__.._etc_passwd",
        "..|_",
        "a\\b:c|a_b_c",
        "' '|file"
      })
  void fileNamesStayInsideTheirFolder(String name, String safe) {
    String cleaned = PersonalDataArchive.safeFileName(name);
    assertEquals(safe, cleaned);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
