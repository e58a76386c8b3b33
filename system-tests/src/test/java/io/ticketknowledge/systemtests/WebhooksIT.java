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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end on the production profile (decision 0023): a real receiver on 127.0.0.1
 * (allow-listed by the test server's TK_WEBHOOKS_ALLOWED_HOSTS) checks every signature, refuses the
 * first two attempts of each event to prove the retries, and the delivery log shows each attempt;
 * private and loopback addresses that are not allow-listed are refused at registration.
 */
class WebhooksIT {

  private static final String WEBHOOKS = "/api/ticket/webhooks";
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static WebhookReceiver receiver;
  private final List<String> created = new ArrayList<>();

  @BeforeAll
  static void startReceiver() throws Exception {
    receiver = new WebhookReceiver(2);
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  /** Removes this test's webhooks, so the rest of the suite's events do not go to them. */
  @AfterEach
  void deleteWebhooks() {
    for (String location : created) {
      HttpResponse<String> read = Api.get(location, Tokens.of("admin1"));
      if (read.statusCode() == 200) {
        Api.send(
            Api.request(location, Tokens.of("admin1"))
                .header("If-Match", Tickets.etag(read))
                .DELETE());
      }
    }
  }

  @Test
  void eventsArriveSignedAfterRetriesAndTheLogShowsEveryAttempt() {
    JsonNode hook = register(receiver.url("/hook"), "\"ticket.opened\",\"ticket.resolved\"");
    String secret = hook.get("secret").asText();
    assertTrue(secret.startsWith("whsec_"), secret);
    long hookId = hook.get("id").asLong();
    HttpResponse<String> read = Api.get(WEBHOOKS + "/" + hookId, Tokens.of("admin1"));
    assertEquals(200, read.statusCode(), read.body());
    assertFalse(read.body().contains(secret), "the secret is never shown again");
    assertTrue(Tickets.absent(Api.json(read), "secret"));

    long ticket = Tickets.open("requester1", "Webhook 測試 " + System.nanoTime()).get("id").asLong();
    String eventId = Outbox.envelopes(ticket, "ticket.opened").get(0).get("id").asText();
    await()
        .atMost(PATIENCE)
        .until(() -> receiver.of(eventId).stream().anyMatch(r -> r.answered() == 200));
    List<WebhookReceiver.Received> attempts = receiver.of(eventId);
    assertEquals(List.of(500, 500, 200), attempts.stream().map(r -> r.answered()).toList());
    for (WebhookReceiver.Received attempt : attempts) {
      assertTrue(attempt.signedWith(secret), "signature of " + attempt);
      assertFalse(attempt.signedWith(secret + "x"), "a wrong secret does not verify");
      assertEquals("ticket.opened", attempt.eventType());
      assertEquals(eventId, json(attempt.body()).get("id").asText(), "X-TK-Event-Id is the id");
      assertEquals(ticket, json(attempt.body()).at("/payload/id").asLong(), attempt.body());
    }

    JsonNode delivery = deliveryOf(hookId, eventId);
    assertEquals("DELIVERED", delivery.get("status").asText());
    assertEquals(3, delivery.get("attempts").asInt());
    JsonNode detail =
        Api.json(
            Api.get(
                WEBHOOKS + "/" + hookId + "/deliveries/" + delivery.get("id").asLong(),
                Tokens.of("admin1")));
    List<Integer> codes = new ArrayList<>();
    for (JsonNode attempt : detail.get("attemptLog")) {
      codes.add(attempt.get("statusCode").asInt());
      assertTrue(attempt.get("durationMs").asLong() >= 0);
      assertTrue(
          attempt.path("responseExcerpt").asText().length() <= 200,
          "only an excerpt of the answer is kept");
    }
    assertEquals(List.of(500, 500, 200), codes);

    // an event type the webhook did not subscribe to never reaches it
    Tickets.comment(ticket, "requester1", "{\"body\":\"補充說明\"}");
    String commented = Outbox.envelopes(ticket, "ticket.commented").get(0).get("id").asText();

    // manual redelivery: sent again, signed again, same event id
    HttpResponse<String> redelivered =
        Tickets.post(
            WEBHOOKS + "/" + hookId + "/deliveries/" + delivery.get("id").asLong() + "/redeliver",
            Tokens.of("admin1"),
            null,
            null);
    assertEquals(202, redelivered.statusCode(), redelivered.body());
    await().atMost(PATIENCE).until(() -> receiver.of(eventId).size() == 4);
    assertTrue(receiver.of(eventId).get(3).signedWith(secret));
    assertEquals(List.of(), receiver.of(commented), "ticket.commented was not subscribed");
  }

  @Test
  void aRotatedSecretSignsFromThenOn() {
    JsonNode hook = register(receiver.url("/rotating"), "\"ticket.changed\"");
    long hookId = hook.get("id").asLong();
    String oldSecret = hook.get("secret").asText();
    HttpResponse<String> stale =
        Tickets.post(WEBHOOKS + "/" + hookId + "/secret", Tokens.of("admin1"), "\"999\"", null);
    Problems.assertProblem(stale, 412, "precondition-failed");
    HttpResponse<String> rotated =
        Tickets.post(
            WEBHOOKS + "/" + hookId + "/secret",
            Tokens.of("admin1"),
            "\"" + hook.get("version").asLong() + "\"",
            null);
    assertEquals(200, rotated.statusCode(), rotated.body());
    String newSecret = Api.json(rotated).get("secret").asText();
    assertFalse(newSecret.equals(oldSecret));

    long ticket = Tickets.open("requester1", "Webhook 輪替 " + System.nanoTime()).get("id").asLong();
    Tickets.changed(ticket, "admin1", "{\"subject\":\"Webhook 輪替（改）\"}");
    String eventId = Outbox.envelopes(ticket, "ticket.changed").get(0).get("id").asText();
    await()
        .atMost(PATIENCE)
        .until(() -> receiver.of(eventId).stream().anyMatch(r -> r.answered() == 200));
    for (WebhookReceiver.Received attempt : receiver.of(eventId)) {
      assertTrue(attempt.signedWith(newSecret));
      assertFalse(attempt.signedWith(oldSecret), "the old secret signs nothing any more");
    }
  }

  @Test
  void aReceiverThatKeepsFailingEndsFailedAfterTheLastAttempt() {
    JsonNode hook = register(receiver.url("/always-fails"), "\"ticket.opened\"");
    long hookId = hook.get("id").asLong();
    long ticket = Tickets.open("requester1", "Webhook 失敗 " + System.nanoTime()).get("id").asLong();
    String eventId = Outbox.envelopes(ticket, "ticket.opened").get(0).get("id").asText();
    await()
        .atMost(PATIENCE)
        .until(() -> "FAILED".equals(deliveryOf(hookId, eventId).path("status").asText()));
    JsonNode delivery = deliveryOf(hookId, eventId);
    // TK_WEBHOOKS_MAX_ATTEMPTS of the system tests' server
    assertEquals(4, delivery.get("attempts").asInt());
    assertEquals(4, receiver.of(eventId).size());
    assertEquals(500, delivery.get("lastStatusCode").asInt());
    List<WebhookReceiver.Received> calls = receiver.of(eventId);
    // backoff: the pauses double (base 300 ms: 300, 600, 1200 ms, plus the dispatch interval)
    long first = calls.get(1).receivedAtMillis() - calls.get(0).receivedAtMillis();
    long third = calls.get(3).receivedAtMillis() - calls.get(2).receivedAtMillis();
    assertTrue(
        first >= 300 && third >= 1200 && third > first, first + " ms, then " + third + " ms");
    JsonNode failedOnly =
        Api.json(
            Api.get(WEBHOOKS + "/" + hookId + "/deliveries?status=FAILED", Tokens.of("admin1")));
    assertTrue(failedOnly.size() >= 1);
  }

  @Test
  void privateLoopbackAndMetadataAddressesAreRefusedAtRegistration() {
    for (String url :
        List.of(
            "http://10.0.0.1/hook",
            "http://192.168.1.20/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/hook",
            "http://[::ffff:127.0.0.1]/hook",
            "http://[fd00:ec2::254]/hook",
            "http://0.0.0.0/hook",
            "http://127.0.0.2/hook",
            "http://localhost/hook",
            "http://2130706433/hook",
            "http://0x7f.1/hook",
            "ftp://example.com/hook",
            "http://user:pw@example.com/hook",
            "not a url")) {
      HttpResponse<String> refused =
          Api.postJson(
              WEBHOOKS,
              Tokens.of("admin1"),
              "{\"url\":\"" + url + "\",\"eventTypes\":[\"ticket.opened\"]}");
      Problems.assertProblem(refused, 400, "bad-request");
    }
    HttpResponse<String> unknownType =
        Api.postJson(
            WEBHOOKS,
            Tokens.of("admin1"),
            "{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[\"ticket.exploded\"]}");
    Problems.assertProblem(unknownType, 400, "bad-request");
    HttpResponse<String> noTypes =
        Api.postJson(
            WEBHOOKS,
            Tokens.of("admin1"),
            "{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[]}");
    Problems.assertProblem(noTypes, 400, "validation");
    HttpResponse<String> zh =
        Api.send(
            Api.request(WEBHOOKS, Tokens.of("admin1"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-TW")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://10.0.0.1/\",\"eventTypes\":[\"ticket.opened\"]}")));
    assertTrue(
        Problems.assertProblem(zh, 400, "bad-request").get("detail").asText().contains("允許清單"),
        zh.body());
  }

  @Test
  void updatesNeedTheCurrentVersionAndOnlyAdminsManageWebhooks() {
    JsonNode hook = register(receiver.url("/v"), "\"ticket.opened\"");
    String location = WEBHOOKS + "/" + hook.get("id").asLong();
    String body = "{\"url\":\"" + receiver.url("/v2") + "\",\"eventTypes\":[\"ticket.closed\"]}";
    HttpResponse<String> noIfMatch =
        Api.send(
            Api.request(location, Tokens.of("admin1"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    Problems.assertProblem(noIfMatch, 428, "precondition-required");
    HttpResponse<String> stale =
        Api.send(
            Api.request(location, Tokens.of("admin1"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"999\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    Problems.assertProblem(stale, 412, "precondition-failed");
    HttpResponse<String> changed =
        Api.send(
            Api.request(location, Tokens.of("admin1"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + hook.get("version").asLong() + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("ticket.closed", Api.json(changed).get("eventTypes").get(0).asText());
    HttpResponse<String> toPrivate =
        Api.send(
            Api.request(location, Tokens.of("admin1"))
                .header("Content-Type", "application/json")
                .header("If-Match", Tickets.etag(changed))
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"http://169.254.169.254/\",\"eventTypes\":[\"ticket.closed\"]}")));
    Problems.assertProblem(toPrivate, 400, "bad-request");
    for (String user : List.of("agent1", "requester1")) {
      assertEquals(403, Api.get(WEBHOOKS, Tokens.of(user)).statusCode(), user);
    }
  }

  private JsonNode register(String url, String types) {
    HttpResponse<String> response =
        Api.postJson(
            WEBHOOKS,
            Tokens.of("admin1"),
            "{\"url\":\"" + url + "\",\"description\":\"系統測試\",\"eventTypes\":[" + types + "]}");
    assertEquals(201, response.statusCode(), response.body());
    created.add(WEBHOOKS + "/" + Api.json(response).get("id").asLong());
    return Api.json(response);
  }

  private static JsonNode deliveryOf(long hookId, String eventId) {
    HttpResponse<String> log =
        Api.get(WEBHOOKS + "/" + hookId + "/deliveries?limit=200", Tokens.of("admin1"));
    assertEquals(200, log.statusCode(), log.body());
    for (JsonNode delivery : Api.json(log)) {
      if (eventId.equals(delivery.get("eventId").asText())) {
        return delivery;
      }
    }
    return Api.JSON.createObjectNode();
  }

  private static JsonNode json(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
