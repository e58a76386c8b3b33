package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Triggers and time rules (decision 0022) against the running EAR: a trigger reacts to a ticket
 * event after the change committed and records itself in the history, a pair of triggers feeding
 * each other stops, a time rule acts once per stretch of a status through the run-now endpoint, and
 * an SLA breach escalates through a trigger. Every trigger here matches only this test's tickets (a
 * unique word in the subject, or a category of its own) and is deleted at the end.
 */
class AutomationIT {

  static final String TRIGGERS = "/api/ticket/triggers";
  static final Duration WITHIN = Duration.ofSeconds(60);

  private static final String admin = Tokens.of("admin1");
  private static final List<String> created = new ArrayList<>();

  @AfterAll
  static void removeTriggers() {
    for (String location : created) {
      HttpResponse<String> read = Api.get(location, admin);
      if (read.statusCode() == 200) {
        Api.send(
            Api.request(location, admin)
                .header("If-Match", Tickets.etag(read))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
      }
    }
  }

  @Test
  void aTriggerActsOnTheEventAfterTheChangeAndSaysSoInTheHistory() {
    String word = unique();
    long group = Tickets.group("自動化 服務台", "agent1");
    String name = "新單分派 " + word;
    trigger(
        "{\"name\":\""
            + name
            + "\",\"position\":10,\"event\":\"CREATED\","
            + "\"conditions\":[{\"field\":\"subject\",\"op\":\"contains\",\"value\":\""
            + word
            + "\"},{\"field\":\"actor\",\"op\":\"is\",\"value\":\"REQUESTER\"}],"
            + "\"actions\":[{\"type\":\"SET_FIELDS\",\"priority\":\"P1\",\"groupId\":"
            + group
            + "},{\"type\":\"ADD_NOTE\",\"text\":\"{{ticket.number}} 由觸發器分派（{{requester.name}}）\"},"
            + "{\"type\":\"NOTIFY\",\"recipients\":[\"REQUESTER\",\"GROUP\"],"
            + "\"text\":\"已收到 {{ticket.number}}\"}]}");
    // a ticket that does not match stays as it was
    long other = Tickets.open("requester1", "印表機卡紙 " + unique()).get("id").asLong();
    JsonNode opened = Tickets.open("requester1", "VPN 斷線 " + word);
    long id = opened.get("id").asLong();
    String number = opened.get("number").asText();

    await()
        .atMost(WITHIN)
        .until(() -> Tickets.read(id, "admin1").path("groupId").asLong() == group);
    JsonNode ticket = Tickets.read(id, "admin1");
    assertEquals("P1", ticket.path("priority").asText(), ticket.toString());

    JsonNode history = Tickets.history(id, "admin1");
    JsonNode run = only(history, "trigger");
    assertEquals("trigger: " + name, run.path("actor").path("name").asText(), run.toString());
    assertTrue(run.path("internal").asBoolean());
    JsonNode priority = last(history, "priority");
    assertEquals("trigger: " + name, priority.path("actor").path("name").asText());
    assertEquals("P1", priority.path("after").asText());

    // the note is internal: agents read it, the requester does not
    await().atMost(WITHIN).until(() -> notes(id, "agent1").size() == 1);
    JsonNode note = notes(id, "agent1").get(0);
    assertTrue(note.path("body").asText().startsWith(number + " 由觸發器分派"), note.toString());
    assertTrue(note.path("internal").asBoolean());
    assertEquals(0, Tickets.comments(id, "requester1").size());

    // the notification request for the email channel: recipients resolved, text filled in
    await()
        .atMost(WITHIN)
        .until(() -> !Outbox.envelopes(id, "ticket.notification-requested").isEmpty());
    JsonNode request = Outbox.envelopes(id, "ticket.notification-requested").get(0);
    assertTrue(request.path("actor").asText().startsWith("trigger:"), request.toString());
    JsonNode payload = request.path("payload");
    assertEquals("已收到 " + number, payload.path("text").asText());
    assertEquals("ticket.opened", payload.path("cause").asText());
    assertEquals(
        List.of(
            Tickets.userId("requester1") + "=requester",
            Tickets.userId("agent1") + "=group-member"),
        recipients(payload));
    assertEquals(1, count(Tickets.history(id, "admin1"), "notification-requested"));

    assertEquals(0, count(Tickets.history(other, "admin1"), "trigger"));
    assertEquals(0, Outbox.envelopes(other, "ticket.notification-requested").size());
  }

  @Test
  void aTriggerDoesNotFireOnItsOwnChange() {
    String word = unique();
    String name = "自己 " + word;
    trigger(
        "{\"name\":\""
            + name
            + "\",\"position\":22,\"event\":\"UPDATED\",\"conditions\":[{\"field\":\"subject\","
            + "\"op\":\"contains\",\"value\":\""
            + word
            + "\"}],\"actions\":[{\"type\":\"SET_FIELDS\",\"priority\":\"P4\"},"
            + "{\"type\":\"ADD_TAG\",\"tag\":\"seen\"}]}");
    long id = Tickets.open("requester1", "自我觸發 " + word).get("id").asLong();
    Tickets.changed(id, "agent1", "{\"urgency\":\"HIGH\"}");

    await().atMost(WITHIN).until(() -> count(Tickets.history(id, "admin1"), "trigger") >= 1);
    // its own changes (priority, tag) are UPDATED events too: they do not wake it again
    assertSettles(id, 1);
    JsonNode ticket = Tickets.read(id, "admin1");
    assertEquals("P4", ticket.path("priority").asText(), ticket.toString());
    assertTrue(ticket.path("tags").toString().contains("seen"), ticket.toString());
  }

  @Test
  void triggersThatFeedEachOtherStopAtTheMaximumChainDepth() {
    String word = unique();
    String match = "{\"field\":\"subject\",\"op\":\"contains\",\"value\":\"" + word + "\"}";
    // ping sets tag ping unless there, pong replaces ping by pong: without protection, forever
    trigger(
        "{\"name\":\"ping "
            + word
            + "\",\"position\":20,\"event\":\"UPDATED\",\"conditions\":["
            + match
            + ",{\"field\":\"tag\",\"op\":\"isNot\",\"value\":\"ping\"}],"
            + "\"actions\":[{\"type\":\"SET_FIELDS\",\"tags\":[\"ping\"]}]}");
    trigger(
        "{\"name\":\"pong "
            + word
            + "\",\"position\":21,\"event\":\"UPDATED\",\"conditions\":["
            + match
            + ",{\"field\":\"tag\",\"op\":\"is\",\"value\":\"ping\"}],"
            + "\"actions\":[{\"type\":\"SET_FIELDS\",\"tags\":[\"pong\"]}]}");
    long id = Tickets.open("requester1", "迴圈保護 " + word).get("id").asLong();
    Tickets.changed(id, "agent1", "{\"urgency\":\"HIGH\"}");

    await().atMost(WITHIN).until(() -> count(Tickets.history(id, "admin1"), "trigger") >= 3);
    // then nothing more happens: the chain stopped at tk.automation.max-chain-depth (3)
    int runs = assertSettles(id, -1);
    JsonNode history = Tickets.history(id, "admin1");
    int deepest = 0;
    for (JsonNode entry : history) {
      if (entry.path("change").asText().equals("trigger")) {
        int depth = Integer.parseInt(entry.path("actor").path("id").asText().replaceAll(".*:", ""));
        deepest = Math.max(deepest, depth);
      }
    }
    assertEquals(3, deepest, history.toString());
    assertTrue(runs <= 6, "runs: " + runs + " " + history);
  }

  /**
   * Waits until the ticket's trigger runs stop changing for four seconds; asserts their number when
   * {@code expected} is not negative, and returns it.
   */
  private static int assertSettles(long id, int expected) {
    int[] runs = {count(Tickets.history(id, "admin1"), "trigger")};
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(40))
        .until(
            () -> {
              int now = count(Tickets.history(id, "admin1"), "trigger");
              boolean same = now == runs[0];
              runs[0] = now;
              return same;
            });
    if (expected >= 0) {
      assertEquals(expected, runs[0], Tickets.history(id, "admin1").toString());
    }
    return runs[0];
  }

  @Test
  void timeRulesRemindThenResolveOncePerStretchThroughTheRunNowEndpoint() {
    String word = unique();
    String match =
        "{\"field\":\"subject\",\"op\":\"contains\",\"value\":\""
            + word
            + "\"},{\"field\":\"status\",\"op\":\"is\",\"value\":\"PENDING\"}";
    // "pending 7 days → remind, 14 days → resolve", with hours a test can wait for
    trigger(
        "{\"name\":\"提醒 "
            + word
            + "\",\"position\":30,\"event\":\"TIME\",\"conditions\":["
            + match
            + ",{\"field\":\"hoursInStatus\",\"op\":\"atLeast\",\"value\":\"0\"}],"
            + "\"actions\":[{\"type\":\"ADD_NOTE\",\"text\":\"提醒：{{ticket.number}} 等待回覆中\"},"
            + "{\"type\":\"ADD_TAG\",\"tag\":\"reminded\"}]}");
    trigger(
        "{\"name\":\"自動解決 "
            + word
            + "\",\"position\":31,\"event\":\"TIME\",\"conditions\":["
            + match
            + ",{\"field\":\"tag\",\"op\":\"is\",\"value\":\"reminded\"},"
            + "{\"field\":\"hoursInStatus\",\"op\":\"atLeast\",\"value\":\"0\"}],"
            + "\"actions\":[{\"type\":\"SET_FIELDS\",\"status\":\"RESOLVED\","
            + "\"resolution\":\"逾期未回覆，自動解決\"}]}");
    trigger(
        "{\"name\":\"太早 "
            + word
            + "\",\"position\":32,\"event\":\"TIME\",\"conditions\":["
            + match
            + ",{\"field\":\"hoursInStatus\",\"op\":\"atLeast\",\"value\":\"336\"}],"
            + "\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"too-early\"}]}");
    long waiting = Tickets.open("requester1", "等待回覆 " + word).get("id").asLong();
    long open = Tickets.open("requester1", "處理中 " + word).get("id").asLong();
    Tickets.changed(
        waiting, "agent1", "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\"}");

    HttpResponse<String> first = Tickets.post(TRIGGERS + "/time-runs", admin, null, null);
    assertEquals(200, first.statusCode(), first.body());
    assertTrue(Api.json(first).path("acted").asInt() >= 2, first.body());
    JsonNode ticket = Tickets.read(waiting, "admin1");
    assertEquals("RESOLVED", ticket.path("status").asText(), ticket.toString());
    assertEquals("逾期未回覆，自動解決", ticket.path("resolution").asText());
    assertTrue(ticket.path("tags").toString().contains("reminded"));
    assertFalse(ticket.path("tags").toString().contains("too-early"));
    assertEquals(1, notes(waiting, "agent1").size());
    assertEquals(2, count(Tickets.history(waiting, "admin1"), "trigger"));

    // a second run (or the other replica's) does nothing more; the open ticket was never touched
    Tickets.post(TRIGGERS + "/time-runs", admin, null, null);
    assertEquals(2, count(Tickets.history(waiting, "admin1"), "trigger"));
    assertEquals(0, count(Tickets.history(open, "admin1"), "trigger"));

    // non-admins may not run them
    assertEquals(
        403, Tickets.post(TRIGGERS + "/time-runs", Tokens.of("agent1"), null, null).statusCode());
  }

  @Test
  void anSlaBreachEscalatesThroughATrigger() {
    String allDay = "[\"00:00-24:00\"]";
    StringBuilder week = new StringBuilder("{");
    for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
      week.append(week.length() > 1 ? "," : "")
          .append('"')
          .append(day)
          .append("\":")
          .append(allDay);
    }
    week.append('}');
    long calendar =
        Api.json(
                Api.postJson(
                    "/api/ticket/calendars",
                    admin,
                    "{\"name\":\"全天 "
                        + unique()
                        + "\",\"timeZone\":\"Asia/Taipei\",\"week\":"
                        + week
                        + "}"))
            .get("id")
            .asLong();
    long category = Tickets.category(null, "自動化逾時", "Automation breach " + unique());
    long escalation = Tickets.group("二線支援", "agent1");
    HttpResponse<String> policy =
        Api.postJson(
            "/api/ticket/sla-policies",
            admin,
            "{\"name\":\"自動化逾時 "
                + unique()
                + "\",\"position\":"
                + (910_001
                    + 2 * Math.floorMod(System.nanoTime(), 44_999)) // odd: not SlaPoliciesIT's
                + ",\"calendarId\":"
                + calendar
                + ",\"match\":{\"categoryIds\":["
                + category
                + "]},\"targets\":{\"firstResponse\":\"PT3S\"}}");
    assertEquals(201, policy.statusCode(), policy.body());
    trigger(
        "{\"name\":\"違約升級 "
            + unique()
            + "\",\"position\":40,\"event\":\"SLA_BREACHED\",\"conditions\":["
            + "{\"field\":\"categoryId\",\"op\":\"is\",\"value\":\""
            + category
            + "\"}],\"actions\":[{\"type\":\"SET_FIELDS\",\"groupId\":"
            + escalation
            + ",\"priority\":\"P1\"},{\"type\":\"NOTIFY\",\"recipients\":[\"GROUP\"],"
            + "\"text\":\"{{ticket.number}} 已超過首次回應時限\"}]}");
    long id =
        Tickets.openWith(
                "requester1",
                "{\"subject\":\"沒有人回應\",\"description\":\"等待中\",\"categoryId\":" + category + "}")
            .get("id")
            .asLong();

    await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Tickets.post("/api/ticket/sla/checks", admin, null, null);
              return count(Tickets.history(id, "admin1"), "sla-breached") == 1;
            });
    await()
        .atMost(WITHIN)
        .until(() -> Tickets.read(id, "admin1").path("groupId").asLong() == escalation);
    assertEquals("P1", Tickets.read(id, "admin1").path("priority").asText());
    await()
        .atMost(WITHIN)
        .until(() -> !Outbox.envelopes(id, "ticket.notification-requested").isEmpty());
    JsonNode payload = Outbox.envelopes(id, "ticket.notification-requested").get(0).path("payload");
    assertEquals("ticket.sla-breached", payload.path("cause").asText());
    assertEquals(List.of(Tickets.userId("agent1") + "=group-member"), recipients(payload));
    assertTrue(payload.path("text").asText().endsWith("已超過首次回應時限"), payload.toString());
  }

  @Test
  void badTriggersAreRefusedWithTheReason() {
    String good = "\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"x\"}]";
    bad("{\"field\":\"colour\",\"op\":\"is\",\"value\":\"red\"}", good, "colour");
    bad("{\"field\":\"status\",\"op\":\"is\",\"value\":\"ARCHIVED\"}", good, "ARCHIVED");
    bad("{\"field\":\"groupId\",\"op\":\"is\",\"value\":\"987654321\"}", good, "987654321");
    bad("{\"field\":\"status\",\"op\":\"atLeast\",\"value\":\"1\"}", good, "atLeast");
    bad("", "\"actions\":[{\"type\":\"SET_FIELDS\",\"groupId\":987654321}]", "987654321");
    bad("", "\"actions\":[{\"type\":\"SET_FIELDS\",\"status\":\"GONE\"}]", null);
    bad("", "\"actions\":[{\"type\":\"WEBHOOK\"}]", "WEBHOOK");
    bad("", "\"actions\":[{\"type\":\"ADD_NOTE\",\"text\":\"{{ticket.owner}}\"}]", "ticket.owner");
    bad("", "\"actions\":[]", null);
    bad("", "\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"x\",\"colour\":\"red\"}]", "colour");

    // If-Match on changes: missing 428, stale 412
    String location =
        trigger(
            "{\"name\":\"版本 "
                + unique()
                + "\",\"position\":50,\"event\":\"COMMENTED\",\"conditions\":[{\"field\":\"subject\","
                + "\"op\":\"contains\",\"value\":\""
                + unique()
                + "\"}],"
                + good
                + "}");
    // inactive and matching nothing: it must not touch other tests' tickets while it exists
    String body =
        "{\"name\":\"版本 "
            + unique()
            + "\",\"position\":51,\"active\":false,\"event\":\"COMMENTED\","
            + "\"conditions\":[{\"field\":\"subject\",\"op\":\"is\",\"value\":\""
            + unique()
            + "\"}],"
            + good
            + "}";
    HttpResponse<String> noIfMatch =
        Api.send(
            Api.request(location, admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(428, noIfMatch.statusCode(), noIfMatch.body());
    HttpResponse<String> stale =
        Api.send(
            Api.request(location, admin)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"999\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(412, stale.statusCode(), stale.body());
    HttpResponse<String> read = Api.get(location, admin);
    HttpResponse<String> changed =
        Api.send(
            Api.request(location, admin)
                .header("Content-Type", "application/json")
                .header("If-Match", Tickets.etag(read))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(51, Api.json(changed).path("position").asInt());
    assertFalse(Api.json(changed).path("active").asBoolean());
    assertFalse(Tickets.etag(read).equals(Tickets.etag(changed)));
  }

  private static void bad(String condition, String actions, String named) {
    HttpResponse<String> response =
        Api.send(
            Api.request(TRIGGERS, admin)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"壞 "
                            + unique()
                            + "\",\"position\":1,\"event\":\"CREATED\",\"conditions\":["
                            + condition
                            + "],"
                            + actions
                            + "}")));
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    if (named != null) {
      assertTrue(response.body().contains(named), response.body());
    }
    Problems.assertNoInternals(response.body());
  }

  /** Creates a trigger as admin1 (deleted after the class); its location. */
  static String trigger(String json) {
    HttpResponse<String> response = Api.postJson(TRIGGERS, admin, json);
    assertEquals(201, response.statusCode(), response.body());
    String location = TRIGGERS + "/" + Api.json(response).get("id").asLong();
    created.add(location);
    return location;
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static int count(JsonNode history, String change) {
    int n = 0;
    for (JsonNode entry : history) {
      if (entry.path("change").asText().equals(change)) {
        n++;
      }
    }
    return n;
  }

  static JsonNode only(JsonNode history, String change) {
    assertEquals(1, count(history, change), history.toString());
    return last(history, change);
  }

  static JsonNode last(JsonNode history, String change) {
    JsonNode found = null;
    for (JsonNode entry : history) {
      if (entry.path("change").asText().equals(change)) {
        found = entry;
      }
    }
    assertTrue(found != null, "no " + change + " in " + history);
    return found;
  }

  static List<JsonNode> notes(long id, String user) {
    List<JsonNode> notes = new ArrayList<>();
    for (JsonNode comment : Tickets.comments(id, user)) {
      if (comment.path("internal").asBoolean()) {
        notes.add(comment);
      }
    }
    return notes;
  }

  static List<String> recipients(JsonNode payload) {
    List<String> list = new ArrayList<>();
    for (JsonNode r : payload.path("recipients")) {
      list.add(r.path("userId").asText() + "=" + r.path("role").asText());
    }
    return list;
  }
}
