package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Attachments of tickets and comments on the production profile, stored in the real S3 server:
 * upload and download round trip with a zh-TW name and its SHA-256, the size limit (413), types
 * refused by their bytes whatever their name (415), cleaned names, and ids that reach nothing of
 * another ticket or another user (404).
 */
class TicketAttachmentsIT {

  static String attachments(long ticketId) {
    return Tickets.path(ticketId) + "/attachments";
  }

  static HttpResponse<byte[]> download(String url, String user) {
    return Api.send(
        Api.request(url, Tokens.of(user)).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aChineseNamedFileGoesToS3AndComesBackIntact() {
    long ticket = Tickets.open("requester1", "附件往返").get("id").asLong();
    String name = "印表機錯誤畫面 (三樓).png";
    JsonNode stored = Uploads.uploaded(attachments(ticket), "requester1", name, Uploads.PNG);
    assertEquals(name, stored.get("fileName").asText());
    assertEquals("image/png", stored.get("contentType").asText());
    assertEquals(Uploads.PNG.length, stored.get("size").asLong());
    assertEquals(Uploads.sha256(Uploads.PNG), stored.get("sha256").asText());
    assertFalse(stored.get("internal").asBoolean());
    assertEquals(Tickets.userId("requester1"), stored.get("uploader").get("id").asText());
    String id = stored.get("id").asText();
    assertEquals(id, UUID.fromString(id).toString(), "ids are UUIDs");

    HttpResponse<byte[]> file = download(stored.get("url").asText(), "requester1");
    assertEquals(200, file.statusCode());
    assertArrayEquals(Uploads.PNG, file.body());
    assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
    String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("inline;"), disposition);
    String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
    assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));

    JsonNode list = Api.json(Api.get(attachments(ticket), Tokens.of("agent1")));
    assertEquals(1, list.size());
    assertEquals(Uploads.sha256(Uploads.PNG), list.get(0).get("sha256").asText());

    boolean inHistory = false;
    for (JsonNode entry : Tickets.history(ticket, "requester1")) {
      inHistory |= name.equals(entry.path("after").asText());
    }
    assertTrue(inHistory, "the upload is in the history");
  }

  @Test
  void aMergeTakesTheFilesToTheTarget() {
    long source = Tickets.open("requester1", "合併前的附件").get("id").asLong();
    long target = Tickets.open("requester1", "合併的目標").get("id").asLong();
    JsonNode stored = Uploads.uploaded(attachments(source), "requester1", "螢幕截圖.png", Uploads.PNG);

    HttpResponse<String> current = Api.get(Tickets.path(source), Tokens.of("admin1"));
    HttpResponse<String> merged =
        Tickets.post(
            Tickets.path(source) + "/merge",
            Tokens.of("admin1"),
            Tickets.etag(current),
            "{\"targetId\":" + target + "}");
    assertTrue(merged.statusCode() < 300, merged.body());

    JsonNode onTarget = Api.json(Api.get(attachments(target), Tokens.of("requester1")));
    assertEquals(1, onTarget.size(), onTarget.toString());
    assertEquals(stored.get("id").asText(), onTarget.get(0).get("id").asText());
    assertEquals(0, Api.json(Api.get(attachments(source), Tokens.of("admin1"))).size());
  }

  @Test
  void anythingThatMightRunIsADownloadNotAPage() {
    long ticket = Tickets.open("requester1", "PDF 附件").get("id").asLong();
    byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    JsonNode stored = Uploads.uploaded(attachments(ticket), "requester1", "說明.pdf", pdf);
    assertEquals("application/pdf", stored.get("contentType").asText());
    HttpResponse<byte[]> file = download(stored.get("url").asText(), "requester1");
    String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
  }

  @Test
  void aFileOverTheLimitIsA413AndLeavesNothing() {
    long ticket = Tickets.open("requester1", "過大的附件").get("id").asLong();
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1]; // tk.tickets.attachments.max-bytes + 1
    Arrays.fill(tooLarge, (byte) 'a');
    Problems.assertProblem(
        Uploads.upload(attachments(ticket), "requester1", "log.txt", tooLarge),
        413,
        "body-too-large");
    assertEquals(0, Api.json(Api.get(attachments(ticket), Tokens.of("requester1"))).size());
  }

  @Test
  void typesAreJudgedByTheirBytesNotTheirNames() {
    long ticket = Tickets.open("requester1", "偽裝的檔案").get("id").asLong();
    Problems.assertProblem(
        Uploads.upload(attachments(ticket), "requester1", "screenshot.png", Uploads.EXE),
        415,
        "unsupported-media-type");
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes();
    Problems.assertProblem(
        Uploads.upload(attachments(ticket), "requester1", "readme.txt", html),
        415,
        "unsupported-media-type");
    Problems.assertProblem(
        Api.send(
            Api.request(attachments(ticket), Tokens.of("requester1"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Uploads.PNG))),
        415,
        "unsupported-media-type");
    assertEquals(0, Api.json(Api.get(attachments(ticket), Tokens.of("requester1"))).size());
  }

  @Test
  void namesAreCleanedButKept() {
    long ticket = Tickets.open("requester1", "檔名清理").get("id").asLong();
    assertEquals(
        "passwd.txt",
        Uploads.uploaded(attachments(ticket), "requester1", "../../etc/passwd.txt", "x".getBytes())
            .get("fileName")
            .asText());
    assertEquals(
        "報告gnp.exe.txt",
        Uploads.uploaded(
                attachments(ticket), "requester1", "..\\報告\u202Egnp.exe.txt", "x".getBytes())
            .get("fileName")
            .asText());
  }

  @Test
  void noIdReachesAnotherTicketsOrAnotherUsersFiles() {
    long mine = Tickets.open("requester1", "IDOR A").get("id").asLong();
    long alsoMine = Tickets.open("requester1", "IDOR B").get("id").asLong();
    String id =
        Uploads.uploaded(attachments(mine), "requester1", "a.txt", "機密".getBytes())
            .get("id")
            .asText();
    List<HttpResponse<String>> refused = new ArrayList<>();
    // the id of a file of one ticket under another ticket, even of the same requester
    refused.add(Api.get(attachments(alsoMine) + "/" + id, Tokens.of("requester1")));
    // another requester, with the right ticket and id
    refused.add(Api.get(attachments(mine) + "/" + id, Tokens.of("editor1")));
    refused.add(Api.get(attachments(mine), Tokens.of("editor1")));
    refused.add(Uploads.upload(attachments(mine), "editor1", "b.txt", "x".getBytes())); // no upload
    refused.add(Api.send(Api.request(attachments(mine) + "/" + id, Tokens.of("editor1")).DELETE()));
    // guessed ids
    refused.add(Api.get(attachments(mine) + "/" + UUID.randomUUID(), Tokens.of("requester1")));
    refused.add(Api.get(attachments(mine) + "/1", Tokens.of("requester1")));
    for (HttpResponse<String> response : refused) {
      Problems.assertProblem(response, 404, "not-found");
    }
    HttpResponse<byte[]> still = download(attachments(mine) + "/" + id, "requester1");
    assertEquals(200, still.statusCode());
  }

  @Test
  void filesOfInternalNotesStayWithTheAgents() {
    long ticket = Tickets.open("requester1", "內部附件").get("id").asLong();
    long note = Tickets.comment(ticket, "agent1", "{\"body\":\"內部：伺服器記錄\",\"internal\":true}");
    long reply = Tickets.comment(ticket, "requester1", "{\"body\":\"附上截圖\"}");
    String notes = Tickets.path(ticket) + "/comments/" + note + "/attachments";
    JsonNode internal = Uploads.uploaded(notes, "agent1", "server.log.txt", "ERROR".getBytes());
    assertTrue(internal.get("internal").asBoolean());
    assertEquals(note, internal.get("commentId").asLong());
    JsonNode replyFile =
        Uploads.uploaded(
            Tickets.path(ticket) + "/comments/" + reply + "/attachments",
            "requester1",
            "畫面.png",
            Uploads.PNG);
    assertFalse(replyFile.get("internal").asBoolean());

    String internalUrl = internal.get("url").asText();
    Problems.assertProblem(Api.get(internalUrl, Tokens.of("requester1")), 404, "not-found");
    Problems.assertProblem(Api.get(notes, Tokens.of("requester1")), 404, "not-found");
    Problems.assertProblem(
        Uploads.upload(notes, "requester1", "x.txt", "x".getBytes()), 404, "not-found");
    JsonNode requesterList = Api.json(Api.get(attachments(ticket), Tokens.of("requester1")));
    assertEquals(1, requesterList.size());
    assertEquals(replyFile.get("id").asText(), requesterList.get(0).get("id").asText());
    for (JsonNode entry : Tickets.history(ticket, "requester1")) {
      assertFalse(entry.toString().contains("server.log.txt"), "internal history entry shown");
    }

    assertEquals(200, download(internalUrl, "agent1").statusCode());
    assertEquals(2, Api.json(Api.get(attachments(ticket), Tokens.of("agent1"))).size());
    // a requester attaches only to their own comments
    Problems.assertProblem(
        Uploads.upload(
            Tickets.path(ticket) + "/comments/" + reply + "/attachments",
            "editor1",
            "x.txt",
            "x".getBytes()),
        404,
        "not-found");
  }

  @Test
  void theUploaderOrAnAgentRemovesAFileAndTheHistoryKeepsIt() {
    long ticket = Tickets.open("requester1", "刪除附件").get("id").asLong();
    Tickets.post(
        Tickets.path(ticket) + "/watchers",
        Tokens.of("requester1"),
        null,
        "{\"userId\":\"" + Tickets.userId("editor1") + "\"}");
    String mine =
        Uploads.uploaded(attachments(ticket), "requester1", "舊檔.txt", "v1".getBytes())
            .get("url")
            .asText();
    String agents =
        Uploads.uploaded(attachments(ticket), "agent1", "agent.txt", "v1".getBytes())
            .get("url")
            .asText();
    // a watcher reads but neither uploads nor removes
    assertEquals(200, download(mine, "editor1").statusCode());
    Problems.assertProblem(
        Uploads.upload(attachments(ticket), "editor1", "w.txt", "x".getBytes()), 403, "forbidden");
    Problems.assertProblem(
        Api.send(Api.request(mine, Tokens.of("editor1")).DELETE()), 403, "forbidden");
    Problems.assertProblem(
        Api.send(Api.request(agents, Tokens.of("requester1")).DELETE()), 403, "forbidden");

    assertEquals(204, Api.send(Api.request(mine, Tokens.of("requester1")).DELETE()).statusCode());
    assertEquals(204, Api.send(Api.request(agents, Tokens.of("agent1")).DELETE()).statusCode());
    Problems.assertProblem(Api.get(mine, Tokens.of("requester1")), 404, "not-found");
    boolean removal = false;
    for (JsonNode entry : Tickets.history(ticket, "requester1")) {
      removal |= "舊檔.txt".equals(entry.path("before").asText()) && Tickets.absent(entry, "after");
    }
    assertTrue(removal, "the removal is in the history");
  }
}
