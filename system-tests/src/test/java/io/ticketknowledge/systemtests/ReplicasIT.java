package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two servers on one database, as replicas behind a load balancer run: what one writes, the other
 * reads at once, with the same ETag, and accepts as the base of the next change. Fails with a
 * shared JPA cache that nobody coordinates (the other replica serves its cached old state and
 * answers a correct If-Match with 412).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicasIT {

  private static final String TICKETS = "/api/ticket/tickets";

  private Replica replica;

  @BeforeAll
  void startASecondServer() throws Exception {
    replica =
        Replica.start(
            Integer.getInteger("tk.test.replica.http.port", 9186),
            Integer.getInteger("tk.test.replica.https.port", 9549),
            Duration.ofMinutes(5));
  }

  @AfterAll
  void stopIt() throws Exception {
    if (replica != null) {
      replica.close();
    }
  }

  @Test
  void aChangeOnOneReplicaIsReadOnTheOtherAndItsETagIsAccepted() {
    String agent = Tokens.of("agent1");
    HttpResponse<String> created =
        Api.postJson(
            TICKETS,
            Tokens.of("requester1"),
            "{\"subject\":\"兩台伺服器\",\"description\":\"複本之間的讀寫\"}");
    assertEquals(201, created.statusCode(), created.body());
    String path = TICKETS + "/" + Api.json(created).get("id").asLong();
    // the replica reads (and, with a shared cache, keeps) version 1
    assertEquals("\"1\"", etag(Api.send(replica.request(path, agent).GET())));

    HttpResponse<String> changedHere = patch(Api.request(path, agent), "\"1\"", "P2");
    assertEquals(200, changedHere.statusCode(), changedHere.body());
    assertEquals("\"2\"", etag(changedHere));

    HttpResponse<String> readThere = Api.send(replica.request(path, agent).GET());
    assertEquals("\"2\"", etag(readThere), "the replica serves the new version");
    assertEquals("P2", Api.json(readThere).get("priority").asText());

    HttpResponse<String> changedThere = patch(replica.request(path, agent), "\"2\"", "P1");
    assertEquals(
        200, changedThere.statusCode(), "the new ETag is accepted: " + changedThere.body());
    assertEquals("\"3\"", etag(changedThere));

    HttpResponse<String> readHere = Api.get(path, agent);
    assertEquals("\"3\"", etag(readHere));
    JsonNode ticket = Api.json(readHere);
    assertEquals("P1", ticket.get("priority").asText());
    assertEquals(
        412,
        patch(Api.request(path, agent), "\"2\"", "P4").statusCode(),
        "a stale ETag is still refused");
  }

  private static HttpResponse<String> patch(
      HttpRequest.Builder request, String ifMatch, String priority) {
    return Api.send(
        request
            .header("Content-Type", "application/merge-patch+json")
            .header("If-Match", ifMatch)
            .method(
                "PATCH",
                HttpRequest.BodyPublishers.ofString("{\"priority\":\"" + priority + "\"}")));
  }

  private static String etag(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return response.headers().firstValue("ETag").orElseThrow();
  }
}
