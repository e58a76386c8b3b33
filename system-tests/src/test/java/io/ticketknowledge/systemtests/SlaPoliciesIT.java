package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SLA policies end to end on the production profile: a calendar with an imported make-up working
 * Saturday, a policy on it, a ticket paused while pending on the requester and resumed by their
 * reply, and its timeline read through the API; warnings and breaches noticed by the watch job (run
 * on demand) once, with the escalation; bad policies refused with the reason.
 *
 * <p>Every policy here matches only a category created by the test, so no other test's tickets are
 * affected; the time-based case uses targets of seconds on a round-the-clock calendar.
 */
class SlaPoliciesIT {

  private static final String POLICIES = "/api/ticket/sla-policies";
  private static final String CALENDARS = "/api/ticket/calendars";
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final String ALL_DAY = "[\"00:00-24:00\"]";

  private final String admin = Tokens.of("admin1");

  @Test
  void aTicketPendingOnTheRequesterPausesAndItsDueTimeCountsTheMakeUpSaturday() {
    // every day but Saturday, all day; next Saturday is a make-up working day (補行上班)
    LocalDate makeUp =
        LocalDate.now(TAIPEI).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    long calendar =
        calendar(
            "{\"MONDAY\":"
                + ALL_DAY
                + ",\"TUESDAY\":"
                + ALL_DAY
                + ",\"WEDNESDAY\":"
                + ALL_DAY
                + ",\"THURSDAY\":"
                + ALL_DAY
                + ",\"FRIDAY\":"
                + ALL_DAY
                + ",\"SUNDAY\":"
                + ALL_DAY
                + "}");
    String csv =
        "西元日期,星期,是否放假,備註\n" + makeUp.format(DateTimeFormatter.BASIC_ISO_DATE) + ",六,0,補行上班\n";
    HttpResponse<String> imported =
        Api.send(
            Api.request(CALENDARS + "/" + calendar + "/imports", admin)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("If-Match", etagOf(CALENDARS + "/" + calendar))
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(1, Api.json(imported).path("days").size(), imported.body());

    long category = Tickets.category(null, "SLA 暫停", "SLA pause " + System.nanoTime());
    HttpResponse<String> created =
        Api.postJson(
            POLICIES,
            admin,
            policy(
                "暫停測試 " + System.nanoTime(),
                position(),
                calendar,
                "{\"categoryIds\":[" + category + "]}",
                "{\"firstResponse\":\"PT24H\",\"resolution\":\"PT192H\"}",
                ""));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.headers().firstValue("ETag").isPresent());
    JsonNode policy = Api.json(created);
    assertEquals("PT192H", policy.path("targets").path("resolution").asText(), policy.toString());
    assertEquals(80, policy.path("warningPercent").asInt());

    long id =
        Tickets.openWith(
                "requester1",
                "{\"subject\":\"SLA 暫停測試\",\"description\":\"等待需求者回覆\",\"categoryId\":"
                    + category
                    + "}")
            .get("id")
            .asLong();
    JsonNode opened = Tickets.read(id, "requester1");
    assertEquals(policy.path("name").asText(), opened.path("sla").path("policy").asText());
    assertFalse(opened.path("sla").path("resolutionDueAt").isMissingNode(), opened.toString());

    Tickets.changed(
        id, "admin1", "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\"}");
    JsonNode paused = Tickets.read(id, "requester1").path("sla");
    assertTrue(paused.path("paused").asBoolean(), paused.toString());
    assertTrue(Tickets.absent(paused, "resolutionDueAt"), paused.toString());
    Tickets.comment(id, "requester1", "{\"body\":\"這是您要的資料。\"}"); // back to OPEN: resumes
    assertEquals("OPEN", Tickets.read(id, "requester1").path("status").asText());

    HttpResponse<String> read = Api.get(Tickets.path(id) + "/sla", Tokens.of("requester1"));
    assertEquals(200, read.statusCode(), read.body());
    JsonNode timeline = Api.json(read);
    List<String> resolution = kinds(timeline, "RESOLUTION");
    assertEquals(List.of("STARTED", "PAUSED", "RESUMED"), resolution, timeline.toString());
    JsonNode pausedAt = entry(timeline, "RESOLUTION", "PAUSED");
    JsonNode resumedAt = entry(timeline, "RESOLUTION", "RESUMED");
    assertEquals(
        pausedAt.path("consumed").asText(),
        resumedAt.path("consumed").asText(),
        "a pause consumes no working time: " + timeline);

    // independent oracle: walk the calendar from the resume with what is left of the target
    Duration left =
        Duration.ofHours(192).minus(Duration.parse(resumedAt.path("consumed").asText()));
    Instant expected = due(instant(resumedAt.path("at")), left, makeUp);
    JsonNode clock = clock(timeline, "RESOLUTION");
    assertEquals("RUNNING", clock.path("state").asText(), clock.toString());
    assertEquals(expected, instant(clock.path("dueAt")), timeline.toString());
    assertFalse(
        expected.equals(due(instant(resumedAt.path("at")), left, null)),
        "without the make-up Saturday the ticket would be due a day later");
    assertEquals(
        expected, instant(Tickets.read(id, "requester1").path("sla").path("resolutionDueAt")));

    // the desk's public answer meets the first response
    Tickets.comment(id, "admin1", "{\"body\":\"已處理，請確認。\"}");
    JsonNode answered = Api.json(Api.get(Tickets.path(id) + "/sla", admin));
    assertEquals("MET", clock(answered, "FIRST_RESPONSE").path("state").asText());
    assertProblem(Api.get(Tickets.path(id) + "/sla", Tokens.of("editor1")), 404, "not-found");
  }

  @Test
  void warningsAndBreachesAreNoticedOnceWithoutAnyoneTouchingTheTicketAndEscalate() {
    long calendar =
        calendar(
            "{\"MON\":"
                + ALL_DAY
                + ",\"TUE\":"
                + ALL_DAY
                + ",\"WED\":"
                + ALL_DAY
                + ",\"THU\":"
                + ALL_DAY
                + ",\"FRI\":"
                + ALL_DAY
                + ",\"SAT\":"
                + ALL_DAY
                + ",\"SUN\":"
                + ALL_DAY
                + "}");
    long category = Tickets.category(null, "SLA 逾時", "SLA breach " + System.nanoTime());
    long escalation = Tickets.group("SLA 升級", "agent1");
    HttpResponse<String> created =
        Api.postJson(
            POLICIES,
            admin,
            policy(
                "逾時測試 " + System.nanoTime(),
                position(),
                calendar,
                "{\"categoryIds\":[" + category + "]}",
                "{\"firstResponse\":\"PT4S\"}",
                ",\"warningPercent\":50,\"onWarning\":{\"notifies\":true},"
                    + "\"onBreach\":{\"notifies\":true,\"groupId\":"
                    + escalation
                    + "}"));
    assertEquals(201, created.statusCode(), created.body());
    long id =
        Tickets.openWith(
                "requester1",
                "{\"subject\":\"SLA 逾時測試\",\"description\":\"沒有人處理\",\"categoryId\":"
                    + category
                    + "}")
            .get("id")
            .asLong();

    Instant deadline = Instant.now().plusSeconds(60);
    while (count(id, "sla-breached") == 0) {
      assertTrue(Instant.now().isBefore(deadline), "no breach noticed within a minute");
      HttpResponse<String> run = Tickets.post("/api/ticket/sla/checks", admin, null, null);
      assertEquals(200, run.statusCode(), run.body());
      pause(500);
    }
    assertEquals(1, count(id, "sla-warning"));
    assertEquals(1, count(id, "sla-breached"));
    JsonNode ticket = Tickets.read(id, "admin1");
    assertEquals(escalation, ticket.path("groupId").asLong(), ticket.toString());
    assertTrue(ticket.path("sla").path("firstResponseBreached").asBoolean(), ticket.toString());

    // another run (as the second replica's would) notices nothing new
    Tickets.post("/api/ticket/sla/checks", admin, null, null);
    assertEquals(1, count(id, "sla-warning"));
    assertEquals(1, count(id, "sla-breached"));

    JsonNode timeline = Api.json(Api.get(Tickets.path(id) + "/sla", admin));
    assertEquals("PT2S", entry(timeline, "FIRST_RESPONSE", "WARNING").path("consumed").asText());
    assertEquals("PT4S", entry(timeline, "FIRST_RESPONSE", "BREACHED").path("consumed").asText());
  }

  @Test
  void badPoliciesAreRefusedWithTheReason() {
    long calendar = calendar("{\"MON\":[\"09:00-17:00\"]}");
    long category = Tickets.category(null, "SLA 錯誤", "SLA bad " + System.nanoTime());
    String match = "{\"categoryIds\":[" + category + "]}";
    int position = position();
    String name = "錯誤測試 " + System.nanoTime();

    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(name, position, calendar, match, "{\"resolution\":\"-PT1H\"}", "")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(name, position, calendar, match, "{\"resolution\":\"PT0S\"}", "")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(name, position, calendar, match, "{\"resolution\":\"8h\"}", "")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(POLICIES, admin, policy(name, position, calendar, match, "{}", "")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(name, position, 999_999_999L, match, "{\"resolution\":\"PT8H\"}", "")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(
                name,
                position,
                calendar,
                "{\"priorities\":[\"P9\"],\"categoryIds\":[" + category + "]}",
                "{\"resolution\":\"PT8H\"}",
                "")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(
                name,
                position,
                calendar,
                match,
                "{\"resolution\":\"PT8H\"}",
                ",\"warningPercent\":100")),
        400,
        "validation");
    assertProblem(
        Api.postJson(
            POLICIES,
            Tokens.of("agent1"),
            policy(name, position, calendar, match, "{\"resolution\":\"PT8H\"}", "")),
        403,
        "forbidden");

    HttpResponse<String> created =
        Api.postJson(
            POLICIES,
            admin,
            policy(name, position, calendar, match, "{\"resolution\":\"PT8H\"}", ""));
    assertEquals(201, created.statusCode(), created.body());
    String path = POLICIES + "/" + Api.json(created).path("id").asText();
    String etag = created.headers().firstValue("ETag").orElseThrow();

    // the same match later in the order could never apply; an empty match before it would hide it
    JsonNode shadowed =
        assertProblem(
            Api.postJson(
                POLICIES,
                admin,
                policy(
                    name + " b", position + 1, calendar, match, "{\"resolution\":\"PT4H\"}", "")),
            409,
            "conflict");
    assertTrue(shadowed.path("detail").asText().contains(name), shadowed.toString());
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(name + " c", position - 1, calendar, "{}", "{\"resolution\":\"PT4H\"}", "")),
        409,
        "conflict");
    assertProblem(
        Api.postJson(
            POLICIES,
            admin,
            policy(
                name + " d",
                position,
                calendar,
                "{\"priorities\":[\"P1\"]," + match.substring(1),
                "{\"resolution\":\"PT4H\"}",
                "")),
        409,
        "conflict");
    // the calendar is in use
    assertProblem(
        Api.send(
            Api.request(CALENDARS + "/" + calendar, admin)
                .header("If-Match", etagOf(CALENDARS + "/" + calendar))
                .DELETE()),
        409,
        "conflict");

    String body = policy(name, position, calendar, match, "{\"resolution\":\"PT6H\"}", "");
    assertProblem(put(path, null, body), 428, "precondition-required");
    assertProblem(put(path, "\"0\"", body), 412, "precondition-failed");
    HttpResponse<String> changed = put(path, etag, body);
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("PT6H", Api.json(changed).path("targets").path("resolution").asText());
    assertProblem(
        Api.send(Api.request(path, admin).header("If-Match", etag).DELETE()),
        412,
        "precondition-failed");
    HttpResponse<String> deleted =
        Api.send(
            Api.request(path, admin)
                .header("If-Match", changed.headers().firstValue("ETag").orElseThrow())
                .DELETE());
    assertEquals(204, deleted.statusCode(), deleted.body());
    assertProblem(Api.get(path, admin), 404, "not-found");
  }

  private long calendar(String week) {
    HttpResponse<String> created =
        Api.postJson(
            CALENDARS,
            admin,
            "{\"name\":\"SLA "
                + System.nanoTime()
                + "\",\"timeZone\":\"Asia/Taipei\",\"week\":"
                + week
                + "}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).path("id").asLong();
  }

  private static String policy(
      String name, int position, long calendar, String match, String targets, String more) {
    return "{\"name\":\""
        + name
        + "\",\"position\":"
        + position
        + ",\"calendarId\":"
        + calendar
        + ",\"match\":"
        + match
        + ",\"targets\":"
        + targets
        + more
        + "}";
  }

  /** A position no other test uses (policies of other runs stay in the database). */
  private static int position() {
    return 1_000 + (int) Math.floorMod(System.nanoTime() / 1000, 99_000L) * 10;
  }

  private HttpResponse<String> put(String path, String ifMatch, String body) {
    HttpRequest.Builder request =
        Api.request(path, admin)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  private String etagOf(String path) {
    return Api.get(path, admin).headers().firstValue("ETag").orElseThrow();
  }

  /** When {@code left} of working time has passed from {@code from}: all days but Saturdays. */
  private static Instant due(Instant from, Duration left, LocalDate makeUp) {
    ZonedDateTime at = from.atZone(TAIPEI);
    while (true) {
      ZonedDateTime midnight = at.toLocalDate().plusDays(1).atStartOfDay(TAIPEI);
      boolean working = at.getDayOfWeek() != DayOfWeek.SATURDAY || at.toLocalDate().equals(makeUp);
      if (working) {
        Duration today = Duration.between(at, midnight);
        if (left.compareTo(today) <= 0) {
          return at.plus(left).toInstant();
        }
        left = left.minus(today);
      }
      at = midnight;
    }
  }

  private static long count(long id, String change) {
    int found = 0;
    for (JsonNode entry : Tickets.history(id, "admin1")) {
      if (change.equals(entry.path("change").asText())) {
        found++;
      }
    }
    return found;
  }

  private static List<String> kinds(JsonNode timeline, String metric) {
    List<String> kinds = new ArrayList<>();
    for (JsonNode entry : timeline.path("entries")) {
      if (metric.equals(entry.path("metric").asText())) {
        kinds.add(entry.path("kind").asText());
      }
    }
    return kinds;
  }

  private static JsonNode entry(JsonNode timeline, String metric, String kind) {
    for (JsonNode entry : timeline.path("entries")) {
      if (metric.equals(entry.path("metric").asText())
          && kind.equals(entry.path("kind").asText())) {
        return entry;
      }
    }
    throw new AssertionError("no " + kind + " of " + metric + " in " + timeline);
  }

  private static JsonNode clock(JsonNode timeline, String metric) {
    for (JsonNode clock : timeline.path("clocks")) {
      if (metric.equals(clock.path("metric").asText())) {
        return clock;
      }
    }
    throw new AssertionError("no clock " + metric + " in " + timeline);
  }

  private static Instant instant(JsonNode text) {
    return OffsetDateTime.parse(text.asText()).toInstant();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
