package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No event is lost while the broker is away: the outbox holds them and the relay catches up. */
class KafkaOutageIT {

  private static final int TICKETS = 20;

  @Test
  void ticketsOpenedWhileKafkaIsDownArePublishedAfterItReturns() {
    // events of earlier tests may still be on their way: start from a backlog that stays put
    double[] last = {-1};
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              double now = Events.metric("tk_outbox_backlog", "module=\"ticket\"");
              boolean stable = now == last[0];
              last[0] = now;
              return stable;
            });
    double backlogBefore = last[0];
    List<String> ids = new ArrayList<>();
    Broker.stop();
    try {
      for (int i = 0; i < TICKETS; i++) {
        // two users, so the burst stays inside each one's rate limit
        String user = i % 2 == 0 ? "requester1" : "agent1";
        ids.add(Tickets.open(user, "Kafka 停機時的工單 " + i).get("id").asText());
      }
      // the API answered; the events wait in the outbox
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Events.metric("tk_outbox_backlog", "module=\"ticket\"")
                      >= backlogBefore + TICKETS);
    } finally {
      Broker.start();
    }

    for (String id : ids) {
      assertEquals(
          1, Events.awaitSignal(id, 1, Duration.ofSeconds(180)).get("ticketVersion").asInt());
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Events.metric("tk_outbox_backlog", "module=\"ticket\"") == 0);
  }

  @Test
  void aBrokerKilledMidRunLosesAndDuplicatesNoEvent() throws Exception {
    List<String> ids = new ArrayList<>();
    // tickets opened before, during and after the crash: the relay sees publishes fail mid-batch
    for (int i = 0; i < TICKETS; i++) {
      String user = i % 2 == 0 ? "requester1" : "agent1";
      ids.add(Tickets.open(user, "Kafka 當機前後的工單 " + i).get("id").asText());
      if (i == TICKETS / 3) {
        Broker.kill();
      }
      if (i == 2 * TICKETS / 3) {
        Broker.start();
      }
    }
    // each ticket reached Knowledge once, at version 1: no event lost, none applied twice
    for (String id : ids) {
      JsonNode signal = Events.awaitSignal(id, 1, Duration.ofSeconds(180));
      assertEquals(1, signal.get("ticketVersion").asInt());
      assertEquals(1, signal.get("eventsApplied").asInt(), signal.toString());
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Events.metric("tk_outbox_backlog", "module=\"ticket\"") == 0);
  }
}
