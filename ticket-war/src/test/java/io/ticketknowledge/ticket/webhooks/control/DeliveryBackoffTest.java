package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

  @Test
  void pausesDoubleUpToTheCapThenTheDeliveryIsGivenUp() {
    DeliveryBackoff backoff = new DeliveryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 8);
    List<Duration> pauses = new ArrayList<>();
    for (int failure = 1; failure < 8; failure++) {
      pauses.add(backoff.pauseAfter(failure));
    }
    assertEquals(
        List.of(
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofSeconds(80),
            Duration.ofSeconds(160),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5)),
        pauses);
    assertNull(backoff.pauseAfter(8), "the 8th failure in a row is the last attempt");
    assertNull(backoff.pauseAfter(9));
  }

  @Test
  void oneAttemptMeansNoRetry() {
    assertNull(new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).pauseAfter(1));
  }

  @Test
  void manyFailuresDoNotOverflow() {
    DeliveryBackoff backoff =
        new DeliveryBackoff(Duration.ofHours(1), Duration.ofDays(1), Integer.MAX_VALUE);
    assertEquals(Duration.ofDays(1), backoff.pauseAfter(1_000_000));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryBackoff(Duration.ZERO, Duration.ofSeconds(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeliveryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 3).pauseAfter(0));
  }
}
