package io.ticketknowledge.platform.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  private static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");

  @Test
  void defaultsToTheLastThirtyDaysInUtc() {
    ReportPeriod period = ReportPeriod.parse(Map.of(), Set.of(), NOW);
    assertEquals(LocalDate.parse("2026-11-30"), period.to());
    assertEquals(LocalDate.parse("2026-11-01"), period.from());
    assertFalse(period.fromGiven());
    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), period.start());
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), period.end());
  }

  @Test
  void daysAreTheZonesDays() {
    ReportPeriod period =
        ReportPeriod.parse(
            Map.of(
                "from",
                List.of("2026-03-01"),
                "to",
                List.of("2026-03-01"),
                "zone",
                List.of("Asia/Taipei")),
            Set.of(),
            NOW);
    assertTrue(period.fromGiven());
    assertEquals(Instant.parse("2026-02-28T16:00:00Z"), period.start());
    assertEquals(Instant.parse("2026-03-01T16:00:00Z"), period.end());
    // "today" in Taipei is already 1 December at 17:00 UTC
    assertEquals(
        LocalDate.parse("2026-12-01"),
        ReportPeriod.parse(Map.of("zone", List.of("Asia/Taipei")), Set.of(), NOW).to());
  }

  @Test
  void badInputIsA400NamingTheParameter() {
    assertBad(Map.of("from", List.of("2026-13-01")), "from");
    assertBad(Map.of("to", List.of("yesterday")), "to");
    assertBad(Map.of("zone", List.of("Mars/Olympus")), "zone");
    assertBad(Map.of("from", List.of("2026-03-02"), "to", List.of("2026-03-01")), "from");
    assertBad(Map.of("from", List.of("2025-01-01"), "to", List.of("2026-03-01")), "from");
    assertBad(Map.of("to", List.of("2026-03-01", "2026-03-02")), "to");
    ApiException unknown =
        assertThrows(
            ApiException.class,
            () -> ReportPeriod.parse(Map.of("form", List.of("x")), Set.of("group"), NOW));
    assertEquals("report.unknown-parameter", unknown.detailKey());
  }

  @Test
  void aYearAndADayIsTheLongestPeriod() {
    ReportPeriod leap =
        ReportPeriod.parse(
            Map.of("from", List.of("2028-01-01"), "to", List.of("2028-12-31")), Set.of(), NOW);
    assertEquals(LocalDate.parse("2028-01-01"), leap.from());
  }

  private static void assertBad(Map<String, List<String>> parameters, String field) {
    ApiException bad =
        assertThrows(ApiException.class, () -> ReportPeriod.parse(parameters, Set.of(), NOW));
    assertEquals(400, bad.kind().status());
    assertEquals(field, bad.detailArgs()[0]);
  }
}
