package io.ticketknowledge.ticket.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which timeline entries the watch job notices, and under which clock cycle (its once-only key).
 */
class SlaNoticesTest {

  private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void warningsAndBreachesAreNoticedPerCycleOfTheirClock() {
    List<SlaEntry> entries =
        List.of(
            entry(0, SlaMetric.FIRST_RESPONSE, SlaEntry.Kind.STARTED),
            entry(0, SlaMetric.RESOLUTION, SlaEntry.Kind.STARTED),
            entry(48, SlaMetric.FIRST_RESPONSE, SlaEntry.Kind.WARNING),
            entry(60, SlaMetric.FIRST_RESPONSE, SlaEntry.Kind.BREACHED),
            entry(70, SlaMetric.FIRST_RESPONSE, SlaEntry.Kind.MET),
            entry(80, SlaMetric.NEXT_RESPONSE, SlaEntry.Kind.STARTED),
            entry(90, SlaMetric.NEXT_RESPONSE, SlaEntry.Kind.WARNING),
            entry(95, SlaMetric.NEXT_RESPONSE, SlaEntry.Kind.MET),
            entry(100, SlaMetric.NEXT_RESPONSE, SlaEntry.Kind.STARTED),
            entry(110, SlaMetric.NEXT_RESPONSE, SlaEntry.Kind.WARNING),
            entry(120, SlaMetric.NEXT_RESPONSE, SlaEntry.Kind.BREACHED),
            entry(130, SlaMetric.RESOLUTION, SlaEntry.Kind.PAUSED));
    List<String> noticed =
        SlaNotices.crossings(entries).stream()
            .map(c -> c.entry().metric() + " " + c.entry().kind() + " #" + c.cycle())
            .toList();
    assertEquals(
        List.of(
            "FIRST_RESPONSE WARNING #1",
            "FIRST_RESPONSE BREACHED #1",
            "NEXT_RESPONSE WARNING #1",
            "NEXT_RESPONSE WARNING #2",
            "NEXT_RESPONSE BREACHED #2"),
        noticed);
  }

  private static SlaEntry entry(int minutes, SlaMetric metric, SlaEntry.Kind kind) {
    return new SlaEntry(
        T.plusSeconds(minutes * 60L), metric, kind, Duration.ZERO, Duration.ofHours(1), "P1");
  }
}
