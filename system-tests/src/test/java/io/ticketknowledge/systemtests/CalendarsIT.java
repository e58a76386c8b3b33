package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/**
 * Business calendars through the API on the production profile: an admin defines Taipei office
 * hours, imports the government's office calendar with its make-up working Saturday, and the
 * working time the calendar gives moves accordingly; bad input and stale versions are refused.
 */
class CalendarsIT {

  private static final String CALENDARS = "/api/ticket/calendars";
  private static final String OFFICE_HOURS =
      "{\"MONDAY\":[\"08:30-12:30\",\"13:30-17:30\"],\"TUESDAY\":[\"08:30-12:30\",\"13:30-17:30\"],"
          + "\"WEDNESDAY\":[\"08:30-12:30\",\"13:30-17:30\"],\"THU\":[\"08:30-12:30\",\"13:30-17:30\"],"
          + "\"fri\":[\"08:30-12:30\",\"13:30-17:30\"]}";
  private static final String OFFICE_CALENDAR_2025 =
      "西元日期,星期,是否放假,備註\r\n"
          + "20250207,五,0,\r\n"
          + "20250208,六,0,補行上班\r\n"
          + "20250209,日,2,\r\n"
          + "20250228,五,2,和平紀念日\r\n";

  private final String admin = Tokens.of("admin1");

  @Test
  void anImportedMakeUpSaturdayCountsAsWorkingTime() {
    HttpResponse<String> created = create("台北辦公室 " + System.nanoTime());
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf(CALENDARS));
    String etag = created.headers().firstValue("ETag").orElseThrow();

    // 16 working hours from Friday 09:30 without the make-up day: Tuesday 09:30
    assertEquals(
        "2025-02-11T09:30:00+08:00",
        Api.json(Api.get(path + "/working-time?from=2025-02-07T09:30:00%2B08:00&add=PT16H", admin))
            .path("to")
            .asText());

    HttpResponse<String> imported =
        Api.send(
            Api.request(path + "/imports", admin)
                .header("Content-Type", "text/csv")
                .header("If-Match", etag)
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        OFFICE_CALENDAR_2025.getBytes(Charset.forName("Big5")))));
    assertEquals(200, imported.statusCode(), imported.body());
    JsonNode summary = Api.json(imported);
    assertEquals(2, summary.path("days").size(), summary.toString());
    assertEquals("WORKING_DAY", summary.path("days").get(0).path("kind").asText());
    assertEquals("補行上班", summary.path("days").get(0).path("note").asText());
    assertEquals(2, summary.path("unchanged").asInt());
    String imported2 = imported.headers().firstValue("ETag").orElseThrow();

    JsonNode due =
        Api.json(Api.get(path + "/working-time?from=2025-02-07T09:30:00%2B08:00&add=PT16H", admin));
    assertEquals("2025-02-10T09:30:00+08:00", due.path("to").asText(), due.toString());
    JsonNode between =
        Api.json(
            Api.get(
                path
                    + "/working-time?from=2025-02-27T17:00:00%2B08:00&to=2025-03-03T09:00:00%2B08:00",
                admin));
    assertEquals("PT1H", between.path("workingTime").asText(), between.toString());

    // agents read, the stale ETag of before the import is refused
    assertEquals(200, Api.get(path + "/days?year=2025", Tokens.of("agent1")).statusCode());
    HttpResponse<String> stale =
        Api.send(
            Api.request(path + "/days/2025-02-10", admin)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"HOLIDAY\",\"note\":\"公司休假\"}")));
    assertProblem(stale, 412, "precondition-failed");
    HttpResponse<String> holiday =
        Api.send(
            Api.request(path + "/days/2025-02-10", admin)
                .header("Content-Type", "application/json")
                .header("If-Match", imported2)
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"HOLIDAY\",\"note\":\"公司休假\"}")));
    assertEquals(200, holiday.statusCode(), holiday.body());
    assertEquals(
        "2025-02-11T09:30:00+08:00",
        Api.json(Api.get(path + "/working-time?from=2025-02-07T09:30:00%2B08:00&add=PT16H", admin))
            .path("to")
            .asText());
  }

  @Test
  void badCalendarsAndFilesAreRefusedWithTheReason() {
    String name = "bad " + System.nanoTime();
    assertProblem(
        Api.postJson(CALENDARS, admin, body(name, "Asia/Taipe", OFFICE_HOURS)), 400, "bad-request");
    JsonNode overlap =
        assertProblem(
            Api.postJson(
                CALENDARS,
                admin,
                body(name, "Asia/Taipei", "{\"MONDAY\":[\"08:00-12:00\",\"11:00-13:00\"]}")),
            400,
            "bad-request");
    assertTrue(overlap.path("detail").asText().contains("08:00-12:00"), overlap.toString());
    assertProblem(
        Api.postJson(CALENDARS, admin, body(name, "Asia/Taipei", "{\"MONDAY\":[\"9 to 5\"]}")),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(CALENDARS, admin, body(name, "Asia/Taipei", "{\"FUNDAY\":[\"09:00-17:00\"]}")),
        400,
        "bad-request");
    assertProblem(Api.postJson(CALENDARS, admin, "{\"name\":\"x\"}"), 400, "validation");
    assertProblem(
        Api.postJson(CALENDARS, Tokens.of("agent1"), body(name, "Asia/Taipei", OFFICE_HOURS)),
        403,
        "forbidden");
    assertProblem(Api.get(CALENDARS, Tokens.of("requester1")), 403, "forbidden");

    HttpResponse<String> created = create(name);
    String path = "/api/ticket/calendars/" + Api.json(created).path("id").asText();
    assertProblem(create(name), 409, "conflict");

    HttpResponse<String> wrongWeekday =
        Api.send(
            Api.request(path + "/imports", admin)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept-Language", "zh-TW")
                .header("If-Match", created.headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString("20250207,五,0,\n20250208,日,0,補行上班\n")));
    JsonNode refused = assertProblem(wrongWeekday, 400, "bad-request");
    assertTrue(refused.path("detail").asText().contains("line 2"), refused.toString());
    assertEquals(0, Api.json(Api.get(path + "/days", admin)).size());

    assertProblem(
        Api.get(path + "/working-time?from=yesterday&add=PT1H", admin), 400, "bad-request");
    assertProblem(
        Api.get(path + "/working-time?from=2025-02-07T09:30:00%2B08:00", admin),
        400,
        "bad-request");
    assertProblem(
        Api.get(path + "/working-time?from=2025-02-07T09:30:00%2B08:00&add=-PT1H", admin),
        400,
        "bad-request");
    assertProblem(Api.get(CALENDARS + "/999999999", admin), 404, "not-found");
  }

  private HttpResponse<String> create(String name) {
    return Api.postJson(CALENDARS, admin, body(name, "Asia/Taipei", OFFICE_HOURS));
  }

  private static String body(String name, String zone, String week) {
    return "{\"name\":\"" + name + "\",\"timeZone\":\"" + zone + "\",\"week\":" + week + "}";
  }
}
