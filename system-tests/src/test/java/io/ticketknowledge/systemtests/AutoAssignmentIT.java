package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Auto-assignment per group (decision 0022): round-robin and least-open among available members
 * within their hours and under the limit, explained in the ticket's history, and safe when tickets
 * arrive at the same moment.
 */
class AutoAssignmentIT {

  static final Duration WITHIN = Duration.ofSeconds(60);
  private static final String admin = Tokens.of("admin1");

  @Test
  void roundRobinSkipsTheUnavailableAndThoseAtTheLimitAndSaysSo() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String ann = "rr-a-" + run, bob = "rr-b-" + run, chen = "rr-c-" + run;
    long group = group("輪派 " + run, ann, "Ann", bob, "Bob", chen, "陳志豪");
    availability(bob, "{\"available\":false}", 200);
    configure(group, "{\"mode\":\"ROUND_ROBIN\",\"openTicketLimit\":1}");

    long first = openIn(group, "輪派一 " + run);
    assertEquals(ann, awaitAssignee(first));
    assertEquals("assigned to Ann by round-robin: Bob skipped (unavailable)", explanation(first));
    long second = openIn(group, "輪派二 " + run);
    assertEquals(chen, awaitAssignee(second));
    // Ann and 陳志豪 hold one open ticket each: the limit of 1 leaves nobody
    long third = openIn(group, "輪派三 " + run);
    await().atMost(WITHIN).until(() -> explanation(third) != null);
    assertEquals(
        "nobody assigned by round-robin: no eligible agent: Ann skipped (limit 1), Bob skipped"
            + " (unavailable), 陳志豪 skipped (limit 1)",
        explanation(third));
    assertTrue(Tickets.absent(Tickets.read(third, "admin1"), "assignee"));

    // Bob is back with working hours round the clock: a ticket moved into the group finds him
    availability(
        bob,
        "{\"available\":true,\"timeZone\":\"Asia/Taipei\",\"week\":{\"MON\":[\"00:00-24:00\"],"
            + "\"TUE\":[\"00:00-24:00\"],\"WED\":[\"00:00-24:00\"],\"THU\":[\"00:00-24:00\"],"
            + "\"FRI\":[\"00:00-24:00\"],\"SAT\":[\"00:00-24:00\"],\"SUN\":[\"00:00-24:00\"]}}",
        200);
    long moved = Tickets.open("requester1", "移入群組 " + run).path("id").asLong();
    Tickets.changed(moved, "admin1", "{\"groupId\":" + group + "}");
    assertEquals(bob, awaitAssignee(moved));
  }

  @Test
  void leastOpenPicksTheAgentWithFewestOpenTickets() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String busy = "lo-a-" + run, free = "lo-b-" + run;
    long group = group("最少件數 " + run, busy, "Busy", free, "Free");
    // Busy already works two of the group's tickets
    for (int i = 0; i < 2; i++) {
      long t = Tickets.open("requester1", "既有工單 " + run).path("id").asLong();
      Tickets.changed(t, "admin1", "{\"groupId\":" + group + ",\"assigneeId\":\"" + busy + "\"}");
    }
    configure(group, "{\"mode\":\"LEAST_OPEN\",\"openTicketLimit\":20}");
    long id = openIn(group, "最少件數 " + run);
    assertEquals(free, awaitAssignee(id));
    assertEquals("assigned to Free by least-open-tickets (0 open)", explanation(id));
  }

  @Test
  void ticketsArrivingTogetherAreSharedOutEvenly() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String a = "cc-a-" + run, b = "cc-b-" + run;
    long group = group("同時 " + run, a, "A", b, "B");
    configure(group, "{\"mode\":\"ROUND_ROBIN\",\"openTicketLimit\":100}");
    List<CompletableFuture<Long>> opening = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      opening.add(CompletableFuture.supplyAsync(() -> openIn(group, "同時 " + n + " " + run)));
    }
    Map<String, Integer> perAgent = new TreeMap<>();
    for (CompletableFuture<Long> ticket : opening) {
      perAgent.merge(awaitAssignee(ticket.join()), 1, Integer::sum);
    }
    assertEquals(Map.of(a, 3, b, 3), perAgent);
  }

  @Test
  void settingsAreCheckedAndGuarded() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    long group = group("設定 " + run, "set-a-" + run, "A");
    HttpResponse<String> read = Api.get(path(group), Tokens.of("agent1"));
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("OFF", Api.json(read).path("mode").asText());
    assertEquals(
        412,
        put(path(group), "\"7\"", "{\"mode\":\"ROUND_ROBIN\",\"openTicketLimit\":5}").statusCode());
    assertEquals(
        400,
        put(path(group), "\"0\"", "{\"mode\":\"SOMETIMES\",\"openTicketLimit\":5}").statusCode());
    assertEquals(
        400,
        put(path(group), "\"0\"", "{\"mode\":\"ROUND_ROBIN\",\"openTicketLimit\":0}").statusCode());
    assertEquals(
        404,
        put(
                "/api/ticket/groups/987654321/assignment",
                "\"0\"",
                "{\"mode\":\"OFF\",\"openTicketLimit\":5}")
            .statusCode());
    // availability: hours without a zone, overlapping nonsense hours, someone else's as an agent
    availability("set-a-" + run, "{\"available\":true,\"week\":{\"MON\":[\"09:00-17:00\"]}}", 400);
    availability(
        "set-a-" + run,
        "{\"available\":true,\"timeZone\":\"Mars/Olympus\",\"week\":{\"MON\":[\"09:00-17:00\"]}}",
        400);
    HttpResponse<String> foreign =
        Api.send(
            Api.request("/api/ticket/agents/set-a-" + run + "/availability", Tokens.of("agent1"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":false}")));
    assertEquals(403, foreign.statusCode(), foreign.body());
  }

  private static long group(String name, String... idsAndNames) {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      members
          .append(i == 0 ? "" : ",")
          .append("{\"userId\":\"")
          .append(idsAndNames[i])
          .append("\",\"name\":\"")
          .append(idsAndNames[i + 1])
          .append("\"}");
    }
    HttpResponse<String> created =
        Api.postJson(
            "/api/ticket/groups",
            admin,
            "{\"name\":\"" + name + "\",\"members\":[" + members + "]}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).path("id").asLong();
  }

  private static String path(long group) {
    return "/api/ticket/groups/" + group + "/assignment";
  }

  private static void configure(long group, String json) {
    HttpResponse<String> read = Api.get(path(group), admin);
    HttpResponse<String> set = put(path(group), Tickets.etag(read), json);
    assertEquals(200, set.statusCode(), set.body());
  }

  private static void availability(String user, String json, int status) {
    String path = "/api/ticket/agents/" + user + "/availability";
    HttpResponse<String> read = Api.get(path, admin);
    HttpResponse<String> set = put(path, Tickets.etag(read), json);
    assertEquals(status, set.statusCode(), set.body());
  }

  private static HttpResponse<String> put(String path, String ifMatch, String json) {
    return Api.send(
        Api.request(path, admin)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static long openIn(long group, String subject) {
    return Tickets.openWith(
            "admin1",
            "{\"subject\":\"" + subject + "\",\"description\":\"自動分派\",\"groupId\":" + group + "}")
        .path("id")
        .asLong();
  }

  private static String awaitAssignee(long id) {
    await()
        .atMost(WITHIN)
        .until(() -> !Tickets.read(id, "admin1").path("assignee").path("id").asText().isEmpty());
    return Tickets.read(id, "admin1").path("assignee").path("id").asText();
  }

  /** The auto-assignment's history line, or null while there is none. */
  private static String explanation(long id) {
    for (JsonNode entry : Tickets.history(id, "admin1")) {
      if (entry.path("change").asText().equals("auto-assignment")) {
        assertEquals("auto-assignment", entry.path("actor").path("name").asText());
        return entry.path("after").asText();
      }
    }
    return null;
  }
}
