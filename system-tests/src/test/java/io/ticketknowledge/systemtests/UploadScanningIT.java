package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Checked uploads on the production profile (decision 0021): every upload goes through the real
 * clamd that scripts/services/up.sh starts with the repo's test signatures
 * (scripts/services/clamav/tk-test.ndb). The EICAR test file is refused with a 422 naming the
 * signature, in the caller's language, on a ticket attachment and on an article file; nothing is
 * stored and the refusal is in the module's audit trail. Clean files are stored, marked clean.
 */
class UploadScanningIT {

  /** The EICAR anti-virus test file, assembled so this source is not itself flagged. */
  static final byte[] EICAR =
      ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*")
          .getBytes(StandardCharsets.US_ASCII);

  /** What clamd reports for it with the repo's test database (unsigned: UNOFFICIAL). */
  static final String EICAR_SIGNATURE = "Tk.Test.Eicar.UNOFFICIAL";

  private static final String ADMIN = "admin1";

  static HttpResponse<String> uploadToTicket(
      long ticket, String fileName, byte[] content, String language) {
    Uploads.Body body = Uploads.multipart(fileName, content);
    return Api.send(
        Api.request(TicketAttachmentsIT.attachments(ticket), Tokens.of("requester1"))
            .header("Content-Type", body.contentType())
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
  }

  static HttpResponse<String> uploadToArticle(
      JsonNode article, String name, String type, byte[] content, String language) {
    return Api.send(
        Api.request(
                KnowledgeArticlesIT.ARTICLES
                    + "/"
                    + article.get("id").asLong()
                    + "/attachments?name="
                    + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                Tokens.of("editor1"))
            .header("Content-Type", type)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  @Test
  void theEicarFileOnATicketIsA422NamingTheSignatureAndNothingIsStored() {
    long ticket = Tickets.open("requester1", "掃描測試：EICAR").get("id").asLong();

    JsonNode en =
        Problems.assertProblem(
            uploadToTicket(ticket, "eicar.txt", EICAR, "en"), 422, "unprocessable-content");
    assertTrue(en.get("detail").asText().contains(EICAR_SIGNATURE), en.toString());
    assertTrue(en.get("detail").asText().contains("malware scanner"), en.toString());
    JsonNode zh =
        Problems.assertProblem(
            uploadToTicket(ticket, "測試檔.txt", EICAR, "zh-TW"), 422, "unprocessable-content");
    assertTrue(zh.get("detail").asText().contains(EICAR_SIGNATURE), zh.toString());
    assertTrue(zh.get("detail").asText().contains("惡意程式"), zh.toString());

    assertEquals(
        0,
        Api.json(Api.get(TicketAttachmentsIT.attachments(ticket), Tokens.of("agent1"))).size(),
        "nothing was stored");
    JsonNode audited = audit("ticket", "ticket", ticket);
    assertEquals(2, audited.size(), audited.toString());
    JsonNode record = audited.get(0);
    assertEquals("FAILED", record.get("outcome").asText());
    assertEquals(Tickets.userId("requester1"), record.get("subject").asText());
    assertTrue(record.get("detail").asText().contains(EICAR_SIGNATURE), record.toString());
  }

  @Test
  void ourOwnSignatureInsideAnImageIsFoundToo() {
    long ticket = Tickets.open("requester1", "掃描測試：圖片").get("id").asLong();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(Uploads.PNG);
    png.writeBytes("TK-SCAN-TEST-SIGNATURE".getBytes(StandardCharsets.US_ASCII));
    JsonNode problem =
        Problems.assertProblem(
            uploadToTicket(ticket, "畫面.png", png.toByteArray(), "en"),
            422,
            "unprocessable-content");
    assertTrue(
        problem.get("detail").asText().contains("Tk.Test.Marker.UNOFFICIAL"), problem.toString());
  }

  @Test
  void aCleanFileOnATicketIsStoredMarkedClean() {
    long ticket = Tickets.open("requester1", "掃描測試：乾淨的檔案").get("id").asLong();
    HttpResponse<String> response = uploadToTicket(ticket, "印表機.png", Uploads.PNG, "zh-TW");
    assertEquals(201, response.statusCode(), response.body());
    assertEquals("clean", Api.json(response).get("scan").asText());
    JsonNode listed =
        Api.json(Api.get(TicketAttachmentsIT.attachments(ticket), Tokens.of("requester1")));
    assertEquals(1, listed.size());
    assertEquals("clean", listed.get(0).get("scan").asText());
    assertEquals(0, audit("ticket", "ticket", ticket).size(), "a clean upload is no refusal");
  }

  @Test
  void theEicarFileAsAnArticleFileIsA422AndACleanImageIsStored() {
    JsonNode article =
        KnowledgeArticlesIT.create("editor1", KnowledgeArticlesIT.article("掃描測試文章", "zh-TW"));

    JsonNode en =
        Problems.assertProblem(
            uploadToArticle(article, "eicar.com", "text/plain", EICAR, "en"),
            422,
            "unprocessable-content");
    assertTrue(en.get("detail").asText().contains(EICAR_SIGNATURE), en.toString());
    JsonNode zh =
        Problems.assertProblem(
            uploadToArticle(article, "測試.txt", "text/plain", EICAR, "zh-TW"),
            422,
            "unprocessable-content");
    assertTrue(zh.get("detail").asText().contains("惡意程式"), zh.toString());
    String attachments =
        KnowledgeArticlesIT.ARTICLES + "/" + article.get("id").asLong() + "/attachments";
    assertEquals(0, Api.json(Api.get(attachments, Tokens.of("editor1"))).size());
    JsonNode audited = audit("knowledge", "article", article.get("id").asLong());
    assertEquals(2, audited.size(), audited.toString());
    assertTrue(audited.get(0).get("detail").asText().contains(EICAR_SIGNATURE));

    HttpResponse<String> clean =
        uploadToArticle(article, "圖.png", "image/png", Uploads.PNG, "zh-TW");
    assertEquals(201, clean.statusCode(), clean.body());
    assertEquals("clean", Api.json(clean).get("scan").asText());
    assertEquals(1, Api.json(Api.get(attachments, Tokens.of("editor1"))).size());
  }

  /** The module's MALWARE_REFUSED records about one object, newest first. */
  static JsonNode audit(String module, String objectType, long objectId) {
    HttpResponse<String> page =
        Api.get(
            "/api/"
                + module
                + "/audit?action=MALWARE_REFUSED&objectType="
                + objectType
                + "&objectId="
                + objectId,
            Tokens.of(ADMIN));
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page).get("items");
  }
}
