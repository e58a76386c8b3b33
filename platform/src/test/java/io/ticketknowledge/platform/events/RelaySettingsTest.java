package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

  @Test
  void backoffDoublesFromTheIntervalUpToTheMaximum() {
    RelaySettings settings =
        new RelaySettings(
            Duration.ofMillis(250),
            500,
            Duration.ofSeconds(30),
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            10,
            Duration.ofDays(30));
    assertEquals(Duration.ofMillis(500), settings.backoffAfter(1));
    assertEquals(Duration.ofMillis(1000), settings.backoffAfter(2));
    assertEquals(Duration.ofSeconds(30), settings.backoffAfter(10));
    assertEquals(Duration.ofSeconds(30), settings.backoffAfter(1000));
  }
}
