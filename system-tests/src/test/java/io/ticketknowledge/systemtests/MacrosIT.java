package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Macros (decision 0022): personal and shared, placeholders in zh-TW and English, applied with
 * If-Match as one transaction (reply and field changes, or nothing).
 */
class MacrosIT {

  static final String MACROS = "/api/ticket/macros";

  @Test
  void anAgentsMacroRepliesAndChangesFieldsInOneGo() {
    String name = "需要截圖 " + UUID.randomUUID();
    HttpResponse<String> created =
        Api.postJson(
            MACROS,
            Tokens.of("agent1"),
            "{\"name\":\""
                + name
                + "\",\"replyZh\":\"{{requester.name}} 您好，關於 {{ticket.number}}，請提供錯誤畫面截圖。"
                + "—— {{agent.name}}\",\"replyEn\":\"Hello {{requester.name}}, about"
                + " {{ticket.number}}: please send a screenshot. — {{agent.name}}\","
                + "\"changes\":{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\","
                + "\"addTags\":[\"need-info\"]}}");
    assertEquals(201, created.statusCode(), created.body());
    JsonNode macro = Api.json(created);
    assertEquals(false, macro.path("shared").asBoolean());
    long macroId = macro.path("id").asLong();

    JsonNode ticket = Tickets.open("requester1", "無法登入 ERP");
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    String requesterName = ticket.path("requester").path("name").asText();
    String apply = Tickets.path(id) + "/macros/" + macroId + "/apply";

    // a stale ETag changes nothing: no reply, no status
    HttpResponse<String> stale = Tickets.post(apply, Tokens.of("agent1"), "\"999\"", null);
    assertEquals(412, stale.statusCode(), stale.body());
    assertEquals(428, Tickets.post(apply, Tokens.of("agent1"), null, null).statusCode());
    assertEquals(0, Tickets.comments(id, "agent1").size());
    assertEquals("NEW", Tickets.read(id, "agent1").path("status").asText());

    String etag = Tickets.etag(Api.get(Tickets.path(id), Tokens.of("agent1")));
    HttpResponse<String> applied =
        Tickets.post(apply + "?language=en", Tokens.of("agent1"), etag, null);
    assertEquals(200, applied.statusCode(), applied.body());
    JsonNode result = Api.json(applied);
    assertEquals("PENDING", result.path("ticket").path("status").asText(), applied.body());
    assertEquals("WAITING_ON_REQUESTER", result.path("ticket").path("pendingReason").asText());
    assertTrue(result.path("ticket").path("tags").toString().contains("need-info"));
    String reply = result.path("comment").path("body").asText();
    assertTrue(
        reply.startsWith("Hello " + requesterName + ", about " + number + ": please send"), reply);
    assertTrue(!reply.contains("{{"), reply);
    assertTrue(!Tickets.etag(applied).equals(etag));

    // the requester reads the reply (public) and the history names the macro
    JsonNode comments = Tickets.comments(id, "requester1");
    assertEquals(1, comments.size());
    assertEquals(reply, comments.get(0).path("body").asText());
    boolean recorded = false;
    for (JsonNode entry : Tickets.history(id, "agent1")) {
      recorded |=
          entry.path("change").asText().equals("macro")
              && entry.path("after").asText().equals(name);
    }
    assertTrue(recorded);

    // zh-TW by default; the workflow still rules: PENDING → PENDING is no move, the reply is added
    String again = Tickets.etag(Api.get(Tickets.path(id), Tokens.of("agent1")));
    HttpResponse<String> zh = Tickets.post(apply, Tokens.of("agent1"), again, null);
    assertEquals(200, zh.statusCode(), zh.body());
    assertTrue(
        Api.json(zh)
            .path("comment")
            .path("body")
            .asText()
            .startsWith(requesterName + " 您好，關於 " + number),
        zh.body());

    // personal: nobody else sees it, admins included; requesters use no macros at all
    assertEquals(404, Api.get(MACROS + "/" + macroId, Tokens.of("admin1")).statusCode());
    assertEquals(403, Api.get(MACROS, Tokens.of("requester1")).statusCode());
    HttpResponse<String> foreign = Tickets.post(apply, Tokens.of("admin1"), again, null);
    assertEquals(404, foreign.statusCode(), foreign.body());
  }

  @Test
  void aMacroWhoseChangeTheWorkflowRefusesWritesNoReply() {
    HttpResponse<String> created =
        Api.postJson(
            MACROS,
            Tokens.of("admin1"),
            "{\"name\":\"直接結案 "
                + UUID.randomUUID()
                + "\",\"shared\":true,\"replyZh\":\"已結案\",\"changes\":{\"status\":\"CLOSED\"}}");
    assertEquals(201, created.statusCode(), created.body());
    long macroId = Api.json(created).path("id").asLong();
    assertEquals(true, Api.json(created).path("shared").asBoolean());
    long id = Tickets.open("requester1", "不能直接結案").path("id").asLong();
    String etag = Tickets.etag(Api.get(Tickets.path(id), Tokens.of("agent1")));
    // agents use shared macros; NEW → CLOSED is not in the workflow table: 409, and no reply
    HttpResponse<String> refused =
        Tickets.post(
            Tickets.path(id) + "/macros/" + macroId + "/apply", Tokens.of("agent1"), etag, null);
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(0, Tickets.comments(id, "agent1").size());
    // and may not change a shared one
    HttpResponse<String> read = Api.get(MACROS + "/" + macroId, Tokens.of("agent1"));
    assertEquals(200, read.statusCode());
    HttpResponse<String> change =
        Api.send(
            Api.request(MACROS + "/" + macroId, Tokens.of("agent1"))
                .header("Content-Type", "application/json")
                .header("If-Match", Tickets.etag(read))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"replyZh\":\"x\"}")));
    assertEquals(403, change.statusCode(), change.body());
  }

  @Test
  void badMacrosAreRefused() {
    bad(
        Tokens.of("agent1"),
        "{\"name\":\"x\",\"replyEn\":\"Hi {{requester.email}}\"}",
        400,
        "requester.email");
    bad(Tokens.of("agent1"), "{\"name\":\"x\"}", 400, null);
    bad(
        Tokens.of("agent1"),
        "{\"name\":\"x\",\"changes\":{\"status\":\"PENDING\"}}",
        400,
        "pendingReason");
    bad(
        Tokens.of("agent1"),
        "{\"name\":\"x\",\"changes\":{\"groupId\":987654321}}",
        400,
        "987654321");
    bad(Tokens.of("agent1"), "{\"name\":\"x\",\"shared\":true,\"replyZh\":\"x\"}", 403, null);
    bad(Tokens.of("agent1"), "{\"name\":\"x\",\"replyZh\":\"x\",\"colour\":1}", 400, "colour");
  }

  private static void bad(String token, String json, int status, String named) {
    HttpResponse<String> response =
        Api.send(
            Api.request(MACROS, token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    assertEquals(status, response.statusCode(), response.body());
    if (named != null) {
      assertTrue(response.body().contains(named), response.body());
    }
    Problems.assertNoInternals(response.body());
  }
}
