package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call which endpoint of the Ticket API, from ONE table: a row per operation, a column per
 * actor. The table must list exactly the operations the OpenAPI document describes, so a new
 * endpoint fails this test until it has a row.
 *
 * <p>Cells: {@code OK} = past authorization (any status but 401, 403, 404 and 5xx: a 400, 409 or
 * 412 means the request reached the business rules), {@code 403}/{@code 404} = refused that way
 * (404 hides a ticket's existence), {@code -} = not exercised here (said why in the row). Mutations
 * are sent with a stale If-Match or an invalid body, so the test changes nothing.
 */
class TicketAuthorizationMatrixIT {

  /**
   * The five actors; the two agent columns are agent1 on a ticket of their group and of another.
   */
  enum Actor {
    REQUESTER("requester1"),
    OTHER_REQUESTER("editor1"),
    AGENT_IN_GROUP("agent1"),
    AGENT_OUTSIDE_GROUP("agent1"),
    ADMIN("admin1");

    final String user;

    Actor(String user) {
      this.user = user;
    }
  }

  record Rule(String method, String path, String body, String ifMatch, List<String> cells) {}

  private static final String STALE = "\"0\"";

  /** A body sent as multipart/form-data (an .exe: refused once past the authorization). */
  private static final String UPLOAD = "multipart:setup.png";

  /**
   * Served, and in the table, but missing from /openapi: the dead-letter and parked-outbox
   * endpoints are inherited from the platform's DeadLettersEndpoint and ParkedOutboxEndpoint, which
   * the OpenAPI scan of the module does not see.
   */
  private static final Set<String> NOT_IN_OPENAPI =
      Set.of(
          "GET /dead-letters",
          "GET /dead-letters/{}",
          "POST /dead-letters/{}/replay",
          "GET /outbox/parked",
          "POST /outbox/parked/{}/release",
          "POST /outbox/parked/release",
          "GET /audit",
          "GET /audit/export",
          "GET /audit/verify",
          "GET /admin/revocations",
          "POST /admin/revocations");

  //                                                                  req  other agIn agOut admin
  static final List<Rule> RULES =
      List.of(
          rule("GET", "/tickets", null, null, "OK OK OK OK OK"),
          rule("POST", "/tickets", "{}", null, "OK OK OK OK OK"),
          rule("GET", "/tickets/{id}", null, null, "OK 404 OK 404 OK"),
          rule("PATCH", "/tickets/{id}", "{\"subject\":\"x\"}", STALE, "OK 404 OK 404 OK"),
          rule("POST", "/tickets/{id}/take", null, STALE, "403 403 OK 404 OK"),
          rule("POST", "/tickets/{id}/release", null, STALE, "403 403 OK 404 OK"),
          rule("GET", "/tickets/{id}/history", null, null, "OK 404 OK 404 OK"),
          rule("GET", "/tickets/{id}/comments", null, null, "OK 404 OK 404 OK"),
          rule("POST", "/tickets/{id}/comments", "{\"body\":\"矩陣\"}", null, "OK 404 OK 404 OK"),
          // only the author (requester1 wrote the fixture comment) may correct a comment
          rule(
              "PATCH",
              "/tickets/{id}/comments/{commentId}",
              "{\"body\":\"x\"}",
              STALE,
              "OK 404 403 404 403"),
          // attachments: the upload is an .exe, refused (415) past the authorization
          rule("GET", "/tickets/{id}/attachments", null, null, "OK 404 OK 404 OK"),
          rule("POST", "/tickets/{id}/attachments", UPLOAD, null, "OK 404 OK 404 OK"),
          rule("GET", "/tickets/{id}/attachments/{attachmentId}", null, null, "OK 404 OK 404 OK"),
          // the fixture file is admin1's: the requester may not remove it; agents' and admins'
          // removals are real, TicketAttachmentsIT checks them
          rule("DELETE", "/tickets/{id}/attachments/{attachmentId}", null, null, "403 404 - 404 -"),
          rule(
              "GET",
              "/tickets/{id}/comments/{commentId}/attachments",
              null,
              null,
              "OK 404 OK 404 OK"),
          rule(
              "POST",
              "/tickets/{id}/comments/{commentId}/attachments",
              UPLOAD,
              null,
              "OK 404 OK 404 OK"),
          // custom fields: everyone reads the active ones, admins keep them
          rule("GET", "/custom-fields", null, null, "OK OK OK OK OK"),
          rule("POST", "/custom-fields", "{}", null, "403 403 403 403 OK"),
          rule("GET", "/custom-fields/{fieldId}", null, null, "OK OK OK OK OK"),
          rule("PATCH", "/custom-fields/{fieldId}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/custom-fields/{fieldId}", null, STALE, "403 403 403 403 OK"),
          rule("GET", "/tickets/{id}/similar", null, null, "OK 404 OK 404 OK"),
          rule("GET", "/tickets/{id}/watchers", null, null, "OK 404 OK 404 OK"),
          rule(
              "POST",
              "/tickets/{id}/watchers",
              "{\"userId\":\"matrix-watcher\"}",
              null,
              "OK 404 OK 404 OK"),
          rule("DELETE", "/tickets/{id}/watchers/{userId}", null, null, "OK 404 OK 404 OK"),
          rule("GET", "/tickets/search", null, null, "OK OK OK OK OK"),
          rule("GET", "/tickets/count", null, null, "OK OK OK OK OK"),
          // an empty body: agents reach validation (400), requesters are refused first
          rule("POST", "/tickets/bulk", "{}", null, "403 403 OK OK OK"),
          rule("GET", "/tickets/{id}/links", null, null, "OK 404 OK 404 OK"),
          // a link of the ticket to itself: agents reach the rules (400)
          rule(
              "POST",
              "/tickets/{id}/links",
              "{\"type\":\"RELATED\",\"ticketId\":{id}}",
              null,
              "403 403 OK 404 OK"),
          // link 0 does not exist: agents get past the role check to its 404
          rule("DELETE", "/tickets/{id}/links/{linkId}", null, null, "403 403 404 404 404"),
          rule("POST", "/tickets/{id}/merge", "{\"targetId\":{id}}", STALE, "403 403 OK 404 OK"),
          // saved views: the fixture is requester1's personal view, private even to admins
          rule("GET", "/views", null, null, "OK OK OK OK OK"),
          rule("POST", "/views", "{}", null, "OK OK OK OK OK"),
          rule("GET", "/views/{viewId}", null, null, "OK 404 404 404 404"),
          rule("PUT", "/views/{viewId}", "{\"name\":\"x\"}", STALE, "OK 404 404 404 404"),
          rule("DELETE", "/views/{viewId}", null, STALE, "OK 404 404 404 404"),
          rule("GET", "/views/{viewId}/tickets", null, null, "OK 404 404 404 404"),
          rule("GET", "/tickets/workflow", null, null, "OK OK OK OK OK"),
          // the admin's run is the real job (closes what is due): TicketLifecycleIT checks it
          rule("POST", "/tickets/auto-close", null, null, "403 403 403 403 -"),
          rule("GET", "/tags", null, null, "403 403 OK OK OK"),
          rule("GET", "/categories", null, null, "OK OK OK OK OK"),
          rule("POST", "/categories", "{}", null, "403 403 403 403 OK"),
          rule("PATCH", "/categories/{categoryId}", "{}", STALE, "403 403 403 403 OK"),
          // business calendars: admins keep them, agents read them
          rule("GET", "/calendars", null, null, "403 403 OK OK OK"),
          rule("POST", "/calendars", "{}", null, "403 403 403 403 OK"),
          rule("GET", "/calendars/{calendarId}", null, null, "403 403 OK OK OK"),
          rule("PUT", "/calendars/{calendarId}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/calendars/{calendarId}", null, STALE, "403 403 403 403 OK"),
          rule("GET", "/calendars/{calendarId}/days", null, null, "403 403 OK OK OK"),
          rule("PUT", "/calendars/{calendarId}/days/{date}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/calendars/{calendarId}/days/{date}", null, STALE, "403 403 403 403 -"),
          // text/csv or text/calendar only: a JSON body is refused (415) before the role check
          rule("POST", "/calendars/{calendarId}/imports", null, STALE, "- - - - -"),
          // without from/add an agent gets a 400, which is past the authorization
          rule("GET", "/calendars/{calendarId}/working-time", null, null, "403 403 OK OK OK"),
          // SLA policies: admins keep them, agents read them; the timeline goes with the ticket
          rule("GET", "/sla-policies", null, null, "403 403 OK OK OK"),
          rule("POST", "/sla-policies", "{}", null, "403 403 403 403 OK"),
          rule("GET", "/sla-policies/{policyId}", null, null, "403 403 OK OK OK"),
          rule("PUT", "/sla-policies/{policyId}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/sla-policies/{policyId}", null, STALE, "403 403 403 403 OK"),
          rule("GET", "/tickets/{id}/sla", null, null, "OK 404 OK 404 OK"),
          rule("POST", "/sla/checks", null, null, "403 403 403 403 OK"),
          // the email channel (admins): MailIT polls the mailbox (an admin's poll reads real mail)
          rule("POST", "/mail/outbound/runs", null, null, "403 403 403 403 OK"),
          rule("POST", "/mail/inbound/polls", null, null, "403 403 403 403 -"),
          // without ticketId an admin gets a 400, which is past the authorization
          rule("GET", "/mail/notifications", null, null, "403 403 403 403 OK"),
          rule("GET", "/mail/inbound", null, null, "403 403 403 403 OK"),
          // triggers and time rules (decision 0022): admins keep and run them, agents read them
          rule("GET", "/triggers", null, null, "403 403 OK OK OK"),
          rule("POST", "/triggers", "{}", null, "403 403 403 403 OK"),
          rule("GET", "/triggers/{triggerId}", null, null, "403 403 OK OK OK"),
          rule("PUT", "/triggers/{triggerId}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/triggers/{triggerId}", null, STALE, "403 403 403 403 OK"),
          rule("POST", "/triggers/time-runs", null, null, "403 403 403 403 OK"),
          // macros: agents keep personal ones and use shared ones (the fixture is shared, so an
          // agent's PUT stops at validation (400) and its DELETE at the admin-only rule (403))
          rule("GET", "/macros", null, null, "403 403 OK OK OK"),
          rule("POST", "/macros", "{}", null, "403 403 OK OK OK"),
          rule("GET", "/macros/{macroId}", null, null, "403 403 OK OK OK"),
          rule("PUT", "/macros/{macroId}", "{}", STALE, "403 403 OK OK OK"),
          rule("DELETE", "/macros/{macroId}", null, STALE, "403 403 403 403 OK"),
          rule("POST", "/tickets/{id}/macros/{macroId}/apply", null, STALE, "403 403 OK 404 OK"),
          // auto-assignment: admins set a group's, an agent sets their own availability
          rule("GET", "/groups/{groupId}/assignment", null, null, "403 403 OK OK OK"),
          rule("PUT", "/groups/{groupId}/assignment", "{}", STALE, "403 403 403 403 OK"),
          rule("GET", "/agents/{userId}/availability", null, null, "403 403 OK OK OK"),
          rule(
              "PUT",
              "/agents/{userId}/availability",
              "{\"available\":true}",
              STALE,
              "403 403 403 403 OK"),
          rule("GET", "/groups", null, null, "403 403 OK OK OK"),
          rule("GET", "/groups/{groupId}", null, null, "403 403 OK OK OK"),
          rule("POST", "/groups", "{}", null, "403 403 403 403 OK"),
          rule("PATCH", "/groups/{groupId}", "{}", STALE, "403 403 403 403 OK"),
          rule("GET", "/search/reindex", null, null, "403 403 403 403 OK"),
          // an admin's POST starts a reindex: TicketSearchIT runs and checks one
          rule("POST", "/search/reindex", null, null, "403 403 403 403 -"),
          rule("GET", "/dead-letters", null, null, "403 403 403 403 OK"),
          rule("GET", "/dead-letters/{letterId}", null, null, "403 403 403 403 404"),
          rule("POST", "/dead-letters/{letterId}/replay", null, null, "403 403 403 403 404"),
          rule("GET", "/outbox/parked", null, null, "403 403 403 403 OK"),
          rule("POST", "/outbox/parked/{seq}/release", null, null, "403 403 403 403 404"),
          rule("POST", "/outbox/parked/release", null, null, "403 403 403 403 OK"),
          // the audit trail (decision 0015): admins only
          rule("GET", "/audit", null, null, "403 403 403 403 OK"),
          rule("GET", "/audit/export", null, null, "403 403 403 403 OK"),
          rule("GET", "/audit/verify", null, null, "403 403 403 403 OK"),
          // access revocation: an empty body reaches the admin's validation (400), nobody is
          // revoked
          rule("POST", "/admin/revocations", "{}", null, "403 403 403 403 OK"),
          rule("GET", "/admin/revocations", null, null, "403 403 403 403 OK"),
          // webhooks (decision 0023): admins only; webhook 0 does not exist, so the admin's calls
          // end at its 404 (WebhooksIT does the real ones)
          rule("GET", "/webhooks", null, null, "403 403 403 403 OK"),
          rule("POST", "/webhooks", "{}", null, "403 403 403 403 OK"),
          rule("GET", "/webhooks/{webhookId}", null, null, "403 403 403 403 404"),
          rule("PUT", "/webhooks/{webhookId}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/webhooks/{webhookId}", null, STALE, "403 403 403 403 404"),
          rule("POST", "/webhooks/{webhookId}/secret", null, STALE, "403 403 403 403 404"),
          rule("GET", "/webhooks/{webhookId}/deliveries", null, null, "403 403 403 403 404"),
          rule(
              "GET",
              "/webhooks/{webhookId}/deliveries/{deliveryId}",
              null,
              null,
              "403 403 403 403 404"),
          rule(
              "POST",
              "/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
              null,
              null,
              "403 403 403 403 404"),
          // CSAT: the ticket's survey and ratings go with the ticket; an empty answer reaches
          // validation (400) for everyone; the aggregates are for agents and admins
          rule("GET", "/tickets/{id}/satisfaction", null, null, "OK 404 OK 404 OK"),
          rule("POST", "/satisfaction/ratings", "{}", null, "OK OK OK OK OK"),
          rule("GET", "/satisfaction/summary", null, null, "403 403 OK OK OK"),
          // personal data rights (decision 0026): admins only; the subject is nobody, so the
          // admin's export is empty and the erasure changes nothing
          rule("GET", "/admin/personal-data/{subject}", null, null, "403 403 403 403 OK"),
          rule("POST", "/admin/personal-data/{subject}/erasure", null, null, "403 403 403 403 OK"),
          // legal holds: an empty body reaches the admin's validation (400)
          rule("GET", "/tickets/{id}/legal-hold", null, null, "403 403 403 403 OK"),
          rule("PUT", "/tickets/{id}/legal-hold", "{}", STALE, "403 403 403 403 OK"),
          // retention rules of PROBLEM tickets (none defined): an empty rule is refused (400),
          // deleting the missing rule is a 404 past the role check
          rule("GET", "/admin/retention-rules", null, null, "403 403 403 403 OK"),
          rule("GET", "/admin/retention-rules/{ticketType}", null, null, "403 403 403 403 OK"),
          rule("PUT", "/admin/retention-rules/{ticketType}", "{}", STALE, "403 403 403 403 OK"),
          rule("DELETE", "/admin/retention-rules/{ticketType}", null, STALE, "403 403 403 403 404"),
          // an admin's POST runs retention for real: PersonalDataRightsIT runs and checks it
          rule("POST", "/admin/retention-runs", null, null, "403 403 403 403 -"),
          // reports (decision 0024): agents of the named group and admins; the outside column
          // names a group agent1 is not in
          rule("GET", "/reports/{report}?group={reportGroup}", null, null, "403 403 OK 403 OK"),
          rule(
              "GET",
              "/reports/{report}/export?group={reportGroup}",
              null,
              null,
              "403 403 OK 403 OK"),
          rule("POST", "/reports/rollups", null, null, "403 403 403 403 OK"),
          // the export runs the list's visibility: everyone exports what they may list
          rule("GET", "/tickets/export?status=NEW", null, null, "OK OK OK OK OK"));

  private static long inGroupTicket;
  private static long outsideTicket;
  private static long group;
  private static long otherGroup;
  private static long category;
  private static long calendar;
  private static long policy;
  private static long inGroupComment;
  private static long outsideComment;
  private static String inGroupAttachment;
  private static String outsideAttachment;
  private static long field;
  private static long view;
  private static long trigger;
  private static long macro;

  @BeforeAll
  static void fixtures() {
    group = Tickets.group("矩陣-服務台", "agent1");
    otherGroup = Tickets.group("矩陣-網路組");
    category = Tickets.category(null, "矩陣", "Matrix " + System.nanoTime());
    calendar =
        Api.json(
                Api.postJson(
                    "/api/ticket/calendars",
                    Tokens.of("admin1"),
                    "{\"name\":\"矩陣 "
                        + System.nanoTime()
                        + "\",\"timeZone\":\"Asia/Taipei\",\"week\":{\"MON\":[\"09:00-17:00\"]}}"))
            .get("id")
            .asLong();
    // matches only the matrix's own category, so it changes no other test's tickets
    policy =
        Api.json(
                Api.postJson(
                    "/api/ticket/sla-policies",
                    Tokens.of("admin1"),
                    "{\"name\":\"矩陣 "
                        + System.nanoTime()
                        + "\",\"position\":"
                        + (100_000 + Math.floorMod(System.nanoTime(), 800_000))
                        + ",\"calendarId\":"
                        + calendar
                        + ",\"match\":{\"categoryIds\":["
                        + category
                        + "]},\"targets\":{\"resolution\":\"PT8H\"}}"))
            .get("id")
            .asLong();
    inGroupTicket = Tickets.open("requester1", "權限矩陣（群組內）").get("id").asLong();
    Tickets.changed(inGroupTicket, "admin1", "{\"groupId\":" + group + "}");
    outsideTicket = Tickets.open("requester1", "權限矩陣（群組外）").get("id").asLong();
    Tickets.changed(outsideTicket, "admin1", "{\"groupId\":" + otherGroup + "}");
    inGroupComment = Tickets.comment(inGroupTicket, "requester1", "{\"body\":\"需求者的留言\"}");
    outsideComment = Tickets.comment(outsideTicket, "requester1", "{\"body\":\"需求者的留言\"}");
    inGroupAttachment = fixtureFile(inGroupTicket);
    outsideAttachment = fixtureFile(outsideTicket);
    field =
        Api.json(
                Api.postJson(
                    "/api/ticket/custom-fields",
                    Tokens.of("admin1"),
                    "{\"key\":\"matrix_"
                        + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                        + "\",\"labelZh\":\"矩陣\",\"labelEn\":\"Matrix\",\"type\":\"CHECKBOX\"}"))
            .get("id")
            .asLong();
    view =
        Api.json(Api.postJson("/api/ticket/views", Tokens.of("requester1"), "{\"name\":\"矩陣\"}"))
            .get("id")
            .asLong();
    automationFixtures();
  }

  /** The trigger would be tried on every new ticket of later runs: it goes. */
  @AfterAll
  static void removeAutomationFixtures() {
    for (String path : List.of("/api/ticket/triggers/" + trigger, "/api/ticket/macros/" + macro)) {
      HttpResponse<String> read = Api.get(path, Tokens.of("admin1"));
      if (read.statusCode() == 200) {
        Api.send(
            Api.request(path, Tokens.of("admin1"))
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .DELETE());
      }
    }
  }

  /** A trigger nothing matches and a shared macro, for the rows that need one. */
  private static void automationFixtures() {
    trigger =
        Api.json(
                Api.postJson(
                    "/api/ticket/triggers",
                    Tokens.of("admin1"),
                    "{\"name\":\"矩陣 "
                        + System.nanoTime()
                        + "\",\"position\":999,\"event\":\"CREATED\",\"conditions\":"
                        + "[{\"field\":\"subject\",\"op\":\"is\",\"value\":\"matrix-never-"
                        + System.nanoTime()
                        + "\"}],\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"matrix\"}]}"))
            .get("id")
            .asLong();
    macro =
        Api.json(
                Api.postJson(
                    "/api/ticket/macros",
                    Tokens.of("admin1"),
                    "{\"name\":\"矩陣 "
                        + System.nanoTime()
                        + "\",\"shared\":true,\"replyZh\":\"矩陣\"}"))
            .get("id")
            .asLong();
  }

  private static String fixtureFile(long ticket) {
    return Uploads.uploaded(
            Tickets.path(ticket) + "/attachments", "admin1", "矩陣.txt", "matrix".getBytes())
        .get("id")
        .asText();
  }

  @Test
  void everyActorGetsWhatTheTableSays() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Rule rule : RULES) {
      for (Actor actor : Actor.values()) {
        String expected = rule.cells().get(actor.ordinal());
        if (expected.equals("-")) {
          continue;
        }
        HttpResponse<String> response = call(rule, actor);
        int status = response.statusCode();
        boolean ok =
            expected.equals("OK")
                ? status != 401 && status != 403 && status != 404 && status < 500
                : status == Integer.parseInt(expected);
        if (!ok) {
          wrong.add(
              rule.method()
                  + " "
                  + rule.path()
                  + " as "
                  + actor
                  + ": expected "
                  + expected
                  + ", got "
                  + status
                  + " "
                  + response.body());
        }
        if (status >= 400) {
          Problems.assertNoInternals(response.body());
        }
        checked++;
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    System.out.printf("authorization matrix: %d calls as the table says%n", checked);
  }

  @Test
  void theTableListsEveryOperationOfTheOpenApiDocument() {
    HttpResponse<String> response =
        Api.send(Api.request("/openapi").header("Accept", "application/json").GET());
    assertEquals(200, response.statusCode());
    Set<String> documented = new TreeSet<>();
    JsonNode paths = Api.json(response).get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      if (!path.getKey().startsWith("/api/ticket/")) {
        continue;
      }
      String template = normalize(path.getKey().substring("/api/ticket".length()));
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                  documented.add(method.toUpperCase() + " " + template);
                }
              });
    }
    Set<String> tabled =
        RULES.stream()
            .map(rule -> rule.method() + " " + normalize(rule.path().replaceAll("\\?.*", "")))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(tabled);
    assertEquals(Set.of(), missing, "documented operations without a row in the table");
    Set<String> undocumented = new TreeSet<>(tabled);
    undocumented.removeAll(documented);
    assertEquals(
        NOT_IN_OPENAPI,
        undocumented,
        "rows of operations the OpenAPI document lacks (once documented, drop them here)");
  }

  /** Calls as the actor; the API's rate limit (429) is waited out as its Retry-After says. */
  private static HttpResponse<String> call(Rule rule, Actor actor) {
    HttpResponse<String> response = callOnce(rule, actor);
    for (int retry = 0; retry < 10 && response.statusCode() == 429; retry++) {
      long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
      try {
        Thread.sleep(Math.max(1, seconds) * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      response = callOnce(rule, actor);
    }
    return response;
  }

  private static HttpResponse<String> callOnce(Rule rule, Actor actor) {
    long ticket = actor == Actor.AGENT_OUTSIDE_GROUP ? outsideTicket : inGroupTicket;
    String path =
        "/api/ticket"
            + rule.path()
                .replace("{id}", Long.toString(ticket))
                .replace("{groupId}", Long.toString(group))
                .replace("{report}", "backlog")
                .replace(
                    "{reportGroup}",
                    Long.toString(actor == Actor.AGENT_OUTSIDE_GROUP ? otherGroup : group))
                .replace("{categoryId}", Long.toString(category))
                .replace("{calendarId}", Long.toString(calendar))
                .replace("{policyId}", Long.toString(policy))
                .replace("{date}", "2026-01-01")
                .replace(
                    "{commentId}",
                    Long.toString(
                        actor == Actor.AGENT_OUTSIDE_GROUP ? outsideComment : inGroupComment))
                .replace(
                    "{attachmentId}",
                    actor == Actor.AGENT_OUTSIDE_GROUP ? outsideAttachment : inGroupAttachment)
                .replace("{fieldId}", Long.toString(field))
                .replace("{letterId}", "0")
                .replace("{seq}", "999999999")
                .replace("{linkId}", "0")
                .replace("{webhookId}", "0")
                .replace("{deliveryId}", "0")
                .replace("{viewId}", Long.toString(view))
                .replace("{triggerId}", Long.toString(trigger))
                .replace("{macroId}", Long.toString(macro))
                .replace("{userId}", "matrix-nobody")
                .replace("{subject}", "matrix-nobody")
                .replace("{ticketType}", "PROBLEM");
    HttpRequest.Builder request = Api.request(path, Tokens.of(actor.user));
    if (rule.ifMatch() != null) {
      request.header("If-Match", rule.ifMatch());
    }
    if (rule.body() != null && rule.body().startsWith("multipart:")) {
      Uploads.Body upload =
          Uploads.multipart(rule.body().substring("multipart:".length()), Uploads.EXE);
      return Api.send(
          request
              .header("Content-Type", upload.contentType())
              .method(rule.method(), HttpRequest.BodyPublishers.ofByteArray(upload.bytes())));
    }
    HttpRequest.BodyPublisher body =
        rule.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(
                rule.body().replace("{id}", Long.toString(ticket)));
    if (rule.body() != null) {
      request.header(
          "Content-Type",
          rule.method().equals("PATCH") ? "application/merge-patch+json" : "application/json");
    }
    return Api.send(request.method(rule.method(), body));
  }

  /** Path parameters by position, whatever their names. */
  private static String normalize(String template) {
    return template.replaceAll("\\{[^}]+}", "{}");
  }

  private static Rule rule(String method, String path, String body, String ifMatch, String cells) {
    List<String> list = List.of(cells.trim().split("\\s+"));
    if (list.size() != Actor.values().length) {
      throw new IllegalArgumentException(method + " " + path + ": one cell per actor");
    }
    return new Rule(method, path, body, ifMatch, list);
  }
}
