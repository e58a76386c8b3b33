package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static io.ticketknowledge.systemtests.Tickets.TICKETS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The list's filters, sorts and counts, and saved views (personal and shared) that run it, on the
 * production profile.
 */
class SavedViewsIT {

  private static final String VIEWS = "/api/ticket/views";

  private static long group;
  private static String tag;
  private static List<Long> tagged;

  @BeforeAll
  static void tickets() {
    group = Tickets.group("檢視-服務台", "agent1");
    tag = "v" + UUID.randomUUID().toString().substring(0, 8);
    tagged = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long id = TicketLinksMergeIT.inGroup(i % 2 == 0 ? "requester1" : "editor1", "檢視 " + i, group);
      Tickets.changed(
          id, "agent1", "{\"tags\":[\"" + tag + "\"],\"priority\":\"P" + (1 + i % 4) + "\"}");
      tagged.add(id);
    }
    Tickets.changed(tagged.get(0), "agent1", "{\"status\":\"OPEN\"}");
  }

  @Test
  void theListFiltersSortsPagesAndCounts() {
    assertEquals(5, ids(TICKETS + "?tag=" + tag, "agent1").size());
    assertEquals(List.of(tagged.get(0)), ids(TICKETS + "?status=OPEN&tag=" + tag, "agent1"));
    assertEquals(
        3,
        ids(TICKETS + "?tag=" + tag + "&requester=" + Tickets.userId("requester1"), "agent1")
            .size());
    assertEquals(
        3, ids(TICKETS + "?tag=" + tag, "requester1").size(), "requesters: their own only");
    assertEquals(
        5,
        ids(TICKETS + "?tag=" + tag + "&group=" + group + "&createdFrom=2020-01-01", "agent1")
            .size());
    assertEquals(0, ids(TICKETS + "?tag=" + tag + "&updatedTo=2020-01-01", "agent1").size());

    // priority order, two per page, every ticket once
    List<Long> seen = new ArrayList<>();
    List<String> priorities = new ArrayList<>();
    String next = TICKETS + "?limit=2&sort=priority&tag=" + tag;
    for (int page = 0; page < 5 && next != null; page++) {
      JsonNode body = ok(next, "agent1");
      body.get("items")
          .forEach(
              t -> {
                seen.add(t.get("id").asLong());
                priorities.add(t.get("priority").asText());
              });
      next =
          Tickets.absent(body, "nextCursor")
              ? null
              : TICKETS
                  + "?limit=2&sort=priority&tag="
                  + tag
                  + "&cursor="
                  + URLEncoder.encode(body.get("nextCursor").asText(), StandardCharsets.UTF_8);
    }
    assertEquals(5, seen.stream().distinct().count());
    assertEquals(priorities.stream().sorted().toList(), priorities);

    JsonNode count = ok(TICKETS + "/count?tag=" + tag, "agent1");
    assertEquals(5, count.get("count").asInt());
    assertFalse(count.get("capped").asBoolean());
    assertEquals(3, ok(TICKETS + "/count?tag=" + tag, "requester1").get("count").asInt());

    assertProblem(Api.get(TICKETS + "?colour=red", Tokens.of("agent1")), 400, "bad-request");
    assertProblem(Api.get(TICKETS + "/count?status=DONE", Tokens.of("agent1")), 400, "bad-request");
    assertProblem(Api.get(TICKETS + "?sort=subject", Tokens.of("agent1")), 400, "bad-request");
    assertProblem(
        Api.get(TICKETS + "?createdFrom=yesterday", Tokens.of("agent1")), 400, "bad-request");
    assertProblem(
        Api.get(TICKETS + "?sort=-updatedAt&cursor=bm9wZQ", Tokens.of("agent1")),
        400,
        "bad-request");
  }

  @Test
  void personalViewsAreTheirOwnersAndRunTheList() {
    HttpResponse<String> created =
        Api.postJson(
            VIEWS,
            Tokens.of("requester1"),
            "{\"name\":\"我的標籤工單\",\"filter\":{\"tag\":\"" + tag + "\"},\"sort\":\"-updatedAt\"}");
    assertEquals(201, created.statusCode(), created.body());
    String etag = Tickets.etag(created);
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith(VIEWS + "/" + Api.json(created).get("id").asLong()));
    long id = Api.json(created).get("id").asLong();

    assertEquals(3, ok(VIEWS + "/" + id + "/tickets", "requester1").get("items").size());
    assertTrue(ok(VIEWS, "requester1").toString().contains("我的標籤工單"));
    for (String other : List.of("editor1", "agent1", "admin1")) {
      assertProblem(Api.get(VIEWS + "/" + id, Tokens.of(other)), 404, "not-found");
      assertProblem(Api.get(VIEWS + "/" + id + "/tickets", Tokens.of(other)), 404, "not-found");
    }

    String replaced =
        "{\"name\":\"只看處理中\",\"filter\":{\"tag\":\"" + tag + "\",\"status\":\"OPEN\"}}";
    assertProblem(put(id, "requester1", null, replaced), 428, "precondition-required");
    assertProblem(put(id, "requester1", "\"0\"", replaced), 412, "precondition-failed");
    HttpResponse<String> changed = put(id, "requester1", etag, replaced);
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(List.of(tagged.get(0)), ids(VIEWS + "/" + id + "/tickets", "requester1"));
    assertProblem(put(id, "requester1", etag, replaced), 412, "precondition-failed");

    assertProblem(delete(id, "requester1", etag), 412, "precondition-failed");
    assertEquals(204, delete(id, "requester1", Tickets.etag(changed)).statusCode());
    assertProblem(Api.get(VIEWS + "/" + id, Tokens.of("requester1")), 404, "not-found");
  }

  @Test
  void sharedViewsAreForAgentsAndManagedByAdmins() {
    HttpResponse<String> shared =
        Api.postJson(
            VIEWS,
            Tokens.of("agent1"),
            "{\"name\":\"群組 VPN\",\"shared\":true,\"groupId\":"
                + group
                + ",\"filter\":{\"tag\":\""
                + tag
                + "\",\"queue\":\"my-groups\"}}");
    assertEquals(201, shared.statusCode(), shared.body());
    long id = Api.json(shared).get("id").asLong();
    assertEquals(5, ok(VIEWS + "/" + id + "/tickets", "agent1").get("items").size());
    assertProblem(Api.get(VIEWS + "/" + id, Tokens.of("requester1")), 404, "not-found");
    JsonNode asAdmin = ok(VIEWS + "/" + id, "admin1");
    assertEquals("群組 VPN", asAdmin.get("name").asText());
    HttpResponse<String> renamed =
        put(
            id,
            "admin1",
            "\"" + asAdmin.get("version").asLong() + "\"",
            "{\"name\":\"群組 VPN（管理員改）\",\"shared\":true,\"filter\":{\"tag\":\"" + tag + "\"}}");
    assertEquals(200, renamed.statusCode(), renamed.body());

    assertProblem(
        Api.postJson(VIEWS, Tokens.of("requester1"), "{\"name\":\"x\",\"shared\":true}"),
        403,
        "forbidden");
    long notMine = Tickets.group("檢視-別組");
    assertProblem(
        Api.postJson(
            VIEWS,
            Tokens.of("agent1"),
            "{\"name\":\"x\",\"shared\":true,\"groupId\":" + notMine + "}"),
        403,
        "forbidden");
    assertProblem(
        Api.postJson(
            VIEWS, Tokens.of("agent1"), "{\"name\":\"x\",\"filter\":{\"colour\":\"red\"}}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            VIEWS, Tokens.of("agent1"), "{\"name\":\"x\",\"filter\":{\"cursor\":\"abc\"}}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(VIEWS, Tokens.of("agent1"), "{\"name\":\"x\",\"sort\":\"subject\"}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(VIEWS, Tokens.of("agent1"), "{\"name\":\"x\",\"colour\":\"red\"}"),
        400,
        "bad-request");
    assertProblem(Api.postJson(VIEWS, Tokens.of("agent1"), "{\"filter\":{}}"), 400, "validation");
  }

  private static JsonNode ok(String path, String user) {
    HttpResponse<String> response = Api.get(path, Tokens.of(user));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static List<Long> ids(String path, String user) {
    List<Long> ids = new ArrayList<>();
    ok(path, user).get("items").forEach(t -> ids.add(t.get("id").asLong()));
    return ids;
  }

  private static HttpResponse<String> put(long id, String user, String ifMatch, String json) {
    HttpRequest.Builder request =
        Api.request(VIEWS + "/" + id, Tokens.of(user))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  private static HttpResponse<String> delete(long id, String user, String ifMatch) {
    return Api.send(
        Api.request(VIEWS + "/" + id, Tokens.of(user))
            .header("If-Match", ifMatch)
            .method("DELETE", HttpRequest.BodyPublishers.noBody()));
  }
}
