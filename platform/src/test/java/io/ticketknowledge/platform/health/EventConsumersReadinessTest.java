package io.ticketknowledge.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.events.ConsumerSettings;
import io.ticketknowledge.platform.events.ConsumerStatus;
import io.ticketknowledge.platform.events.EventConsumers;
import io.ticketknowledge.platform.events.EventDelivery;
import io.ticketknowledge.platform.events.EventFaults;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class EventConsumersReadinessTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-30T08:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void aConsumerStalledLongerThanTheLimitMakesReadinessDownAndSaysWhy() {
    ConsumerStatus status = new ConsumerStatus("test.readiness-" + System.nanoTime(), clock);
    EventConsumers consumers = new EventConsumers();
    consumers.register(
        "test",
        new EventDelivery(
            status.consumer(),
            "t",
            null,
            null,
            "dl",
            new ConsumerSettings(3, Duration.ofMillis(1)),
            null,
            EventFaults.byCauses(),
            status),
        e -> true);
    EventConsumersReadiness readiness = new EventConsumersReadiness();
    readiness.consumers = consumers;
    readiness.stalledAfterMs = 30_000;

    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    assertEquals("flowing", data(readiness, status.consumer()));

    status.stalled("SQLException: Connection refused");
    now.set(now.get().plusSeconds(12));
    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), "not long yet");
    assertTrue(data(readiness, status.consumer()).startsWith("stalled 12 s: SQLException"));

    now.set(now.get().plusSeconds(20));
    assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());

    status.flowing();
    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
  }

  private static String data(EventConsumersReadiness readiness, String consumer) {
    return String.valueOf(readiness.call().getData().orElseThrow().get(consumer));
  }
}
