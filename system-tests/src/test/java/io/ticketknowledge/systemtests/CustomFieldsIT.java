package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custom fields on the production profile: admins define them (ETag/If-Match, never deleted once
 * used), values are validated on open and PATCH with problems that name the field, requesters set
 * only requester-editable ones, changes are in the history, and the ticket list filters by them.
 */
class CustomFieldsIT {

  static final String FIELDS = "/api/ticket/custom-fields";

  /** Keys unique to this run, so reruns on the same database do not collide. */
  static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  static final String ASSET = "asset_" + RUN;
  static final String FLOOR = "floor_" + RUN;
  static final String SITES = "sites_" + RUN;

  static long floorId;

  static JsonNode define(String json) {
    HttpResponse<String> created = Api.postJson(FIELDS, Tokens.of("admin1"), json);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created);
  }

  @BeforeAll
  static void fields() {
    define(
        "{\"key\":\""
            + ASSET
            + "\",\"labelZh\":\"資產編號\",\"labelEn\":\"Asset tag\",\"type\":\"TEXT\","
            + "\"maxLength\":12,\"requesterEditable\":true}");
    floorId =
        define(
                "{\"key\":\""
                    + FLOOR
                    + "\",\"labelZh\":\"樓層\",\"labelEn\":\"Floor\",\"type\":\"NUMBER\","
                    + "\"min\":1,\"max\":30}")
            .get("id")
            .asLong();
    define(
        "{\"key\":\""
            + SITES
            + "\",\"labelZh\":\"地點\",\"labelEn\":\"Sites\",\"type\":\"MULTI_SELECT\","
            + "\"options\":[\"台北\",\"台中\",\"高雄\"],\"requesterEditable\":true,"
            + "\"ticketTypes\":[\"INCIDENT\"]}");
  }

  static HttpResponse<String> open(String user, String customFields) {
    return Api.postJson(
        Tickets.TICKETS,
        Tokens.of(user),
        "{\"subject\":\"自訂欄位\",\"description\":\"測試\",\"customFields\":" + customFields + "}");
  }

  static void assertNamesField(HttpResponse<String> response, int status, String kind, String key) {
    JsonNode problem = Problems.assertProblem(response, status, kind);
    assertTrue(problem.get("detail").asText().contains(key), problem.toString());
  }

  @Test
  void requestersFillTheirFieldsAndAgentsTheRest() {
    HttpResponse<String> opened =
        open(
            "requester1", "{\"" + ASSET + "\":\" NB-2024-01 \",\"" + SITES + "\":[\"高雄\",\"台北\"]}");
    assertEquals(201, opened.statusCode(), opened.body());
    JsonNode ticket = Api.json(opened);
    assertEquals("NB-2024-01", ticket.get("customFields").get(ASSET).asText());
    assertEquals("[\"台北\",\"高雄\"]", ticket.get("customFields").get(SITES).toString());
    long id = ticket.get("id").asLong();

    // no mass assignment: the floor is for agents
    assertNamesField(open("requester1", "{\"" + FLOOR + "\":3}"), 403, "forbidden", FLOOR);
    assertNamesField(
        Tickets.change(id, "requester1", "{\"customFields\":{\"" + FLOOR + "\":3}}"),
        403,
        "forbidden",
        FLOOR);

    JsonNode changed = Tickets.changed(id, "agent1", "{\"customFields\":{\"" + FLOOR + "\":3}}");
    assertEquals(3, changed.get("customFields").get(FLOOR).asInt());
    boolean inHistory = false;
    for (JsonNode entry : Tickets.history(id, "requester1")) {
      inHistory |=
          ("field:" + FLOOR).equals(entry.path("change").asText())
              && "3".equals(entry.path("after").asText());
    }
    assertTrue(inHistory, "the value is in the history");

    JsonNode cleared =
        Tickets.changed(id, "requester1", "{\"customFields\":{\"" + ASSET + "\":null}}");
    assertTrue(Tickets.absent(cleared.get("customFields"), ASSET));
  }

  @Test
  void badValuesAreProblemsThatNameTheField() {
    assertNamesField(
        open("requester1", "{\"" + ASSET + "\":\"0123456789abc\"}"), 400, "bad-request", ASSET);
    assertNamesField(open("requester1", "{\"" + ASSET + "\":12}"), 400, "bad-request", ASSET);
    assertNamesField(open("requester1", "{\"" + SITES + "\":[\"台南\"]}"), 400, "bad-request", SITES);
    assertNamesField(open("requester1", "{\"nosuch_" + RUN + "\":1}"), 400, "bad-request", RUN);
    assertNamesField(open("agent1", "{\"" + FLOOR + "\":41}"), 400, "bad-request", FLOOR);
    assertNamesField(open("agent1", "{\"" + FLOOR + "\":\"3\"}"), 400, "bad-request", FLOOR);
    // a field of incidents only does not exist for questions
    assertNamesField(
        Api.postJson(
            Tickets.TICKETS,
            Tokens.of("requester1"),
            "{\"subject\":\"問題\",\"description\":\"x\",\"type\":\"QUESTION\",\"customFields\":{\""
                + SITES
                + "\":[\"台北\"]}}"),
        400,
        "bad-request",
        SITES);
  }

  @Test
  void requiredFieldsOfOneTypeMustBeFilled() {
    String key = "impact_note_" + RUN;
    JsonNode field =
        define(
            "{\"key\":\""
                + key
                + "\",\"labelZh\":\"影響說明\",\"labelEn\":\"Impact note\",\"type\":\"TEXT\","
                + "\"required\":true,\"requesterEditable\":true,\"ticketTypes\":[\"PROBLEM\"]}");
    try {
      String problem = "{\"subject\":\"根本原因\",\"description\":\"x\",\"type\":\"PROBLEM\"";
      assertNamesField(
          Api.postJson(Tickets.TICKETS, Tokens.of("requester1"), problem + "}"),
          400,
          "bad-request",
          key);
      HttpResponse<String> ok =
          Api.postJson(
              Tickets.TICKETS,
              Tokens.of("requester1"),
              problem + ",\"customFields\":{\"" + key + "\":\"全公司無法登入\"}}");
      assertEquals(201, ok.statusCode(), ok.body());
    } finally {
      HttpResponse<String> off =
          Tickets.patch(
              FIELDS + "/" + field.get("id").asLong(),
              Tokens.of("admin1"),
              "\"" + field.get("version").asLong() + "\"",
              "{\"active\":false}");
      assertEquals(200, off.statusCode(), off.body());
    }
  }

  @Test
  void theListFiltersByFieldValues() {
    long id = Api.json(open("requester1", "{\"" + SITES + "\":[\"台中\"]}")).get("id").asLong();
    JsonNode hits =
        Api.json(
            Api.get(
                Tickets.TICKETS + "?field=" + SITES + ":%E5%8F%B0%E4%B8%AD", Tokens.of("admin1")));
    assertEquals(1, hits.get("items").size(), hits.toString());
    assertEquals(id, hits.get("items").get(0).get("id").asLong());
    JsonNode none =
        Api.json(
            Api.get(
                Tickets.TICKETS + "?field=" + SITES + ":%E9%AB%98%E9%9B%84&field=" + ASSET + ":x",
                Tokens.of("admin1")));
    assertEquals(0, none.get("items").size());
    Problems.assertProblem(
        Api.get(Tickets.TICKETS + "?field=nocolon", Tokens.of("admin1")), 400, "bad-request");
    // the search index follows the events: the same filter on /tickets/search
    String search = Tickets.TICKETS + "/search?field=" + SITES + ":%E5%8F%B0%E4%B8%AD";
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode found = Api.json(Api.get(search, Tokens.of("admin1")));
              assertEquals(1, found.get("total").asLong(), found.toString());
            });
    Problems.assertProblem(
        Api.get(Tickets.TICKETS + "/search?field=nocolon", Tokens.of("admin1")),
        400,
        "bad-request");
    // the requester's list is still only theirs
    JsonNode others =
        Api.json(
            Api.get(
                Tickets.TICKETS + "?field=" + SITES + ":%E5%8F%B0%E4%B8%AD", Tokens.of("editor1")));
    assertEquals(0, others.get("items").size());
  }

  @Test
  void definitionsChangeWithIfMatchAndAreNeverLostOnceUsed() {
    String path = FIELDS + "/" + floorId;
    HttpResponse<String> read = Api.get(path, Tokens.of("admin1"));
    assertEquals(200, read.statusCode());
    String etag = Tickets.etag(read);
    Problems.assertProblem(
        Tickets.patch(path, Tokens.of("admin1"), "\"0\"", "{\"max\":40}"),
        412,
        "precondition-failed");
    Problems.assertProblem(
        Tickets.patch(path, Tokens.of("admin1"), null, "{\"max\":40}"),
        428,
        "precondition-required");
    Problems.assertProblem(
        Tickets.patch(path, Tokens.of("admin1"), etag, "{\"type\":\"TEXT\"}"), 400, "bad-request");
    Problems.assertProblem(
        Tickets.patch(path, Tokens.of("admin1"), etag, "{\"options\":[\"a\"]}"),
        400,
        "bad-request");
    Problems.assertProblem(
        Tickets.patch(path, Tokens.of("requester1"), etag, "{\"max\":40}"), 403, "forbidden");
    HttpResponse<String> changed =
        Tickets.patch(path, Tokens.of("admin1"), etag, "{\"max\":40,\"labelEn\":\"Floor no.\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(40, Api.json(changed).get("max").asInt());

    Tickets.changed(
        Tickets.open("requester1", "用過的欄位").get("id").asLong(),
        "agent1",
        "{\"customFields\":{\"" + FLOOR + "\":35}}");
    String now = Tickets.etag(Api.get(path, Tokens.of("admin1")));
    Problems.assertProblem(
        Api.send(Api.request(path, Tokens.of("admin1")).header("If-Match", now).DELETE()),
        409,
        "conflict");

    JsonNode unused =
        define(
            "{\"key\":\"unused_"
                + RUN
                + "\",\"labelZh\":\"未使用\",\"labelEn\":\"Unused\",\"type\":\"CHECKBOX\"}");
    assertEquals(
        204,
        Api.send(
                Api.request(FIELDS + "/" + unused.get("id").asLong(), Tokens.of("admin1"))
                    .header("If-Match", "\"" + unused.get("version").asLong() + "\"")
                    .DELETE())
            .statusCode());
  }

  @Test
  void definitionsThatContradictThemselvesAreRefused() {
    Problems.assertProblem(
        Api.postJson(
            FIELDS,
            Tokens.of("admin1"),
            "{\"key\":\"x_" + RUN + "\",\"labelZh\":\"x\",\"labelEn\":\"x\",\"type\":\"SELECT\"}"),
        400,
        "bad-request");
    Problems.assertProblem(
        Api.postJson(
            FIELDS,
            Tokens.of("admin1"),
            "{\"key\":\"y_"
                + RUN
                + "\",\"labelZh\":\"y\",\"labelEn\":\"y\",\"type\":\"NUMBER\",\"min\":5,\"max\":1}"),
        400,
        "bad-request");
    Problems.assertProblem(
        Api.postJson(
            FIELDS,
            Tokens.of("admin1"),
            "{\"key\":\"" + ASSET + "\",\"labelZh\":\"重複\",\"labelEn\":\"Dup\",\"type\":\"TEXT\"}"),
        409,
        "conflict");
    Problems.assertProblem(
        Api.postJson(
            FIELDS,
            Tokens.of("requester1"),
            "{\"key\":\"z_" + RUN + "\",\"labelZh\":\"z\",\"labelEn\":\"z\",\"type\":\"TEXT\"}"),
        403,
        "forbidden");
    JsonNode listed = Api.json(Api.get(FIELDS + "?ticketType=QUESTION", Tokens.of("requester1")));
    for (JsonNode field : listed) {
      assertFalse(SITES.equals(field.get("key").asText()), "incident-only field for questions");
    }
  }
}
