package io.ticketknowledge.ticket.privacy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSelectionTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  /** Incidents anonymized 36 months after closing, their files deleted after 6. */
  private static final Map<TicketType, RetentionTerms> RULES =
      Map.of(TicketType.INCIDENT, new RetentionTerms(36, 6, false));

  private static ClosedTicket incident(long id, String closedAt, int files) {
    return new ClosedTicket(id, TicketType.INCIDENT, Instant.parse(closedAt), false, files, false);
  }

  @Test
  void anonymizesOnlyWhatClosedBeforeTheCutoff() {
    RetentionSelection.Selected selected =
        RetentionSelection.select(
            RULES,
            List.of(
                incident(1, "2023-11-29T00:00:00Z", 0), // 36 months and a day: due
                incident(2, "2023-12-01T00:00:00Z", 0)), // not yet
            NOW);
    assertEquals(List.of(1L), selected.anonymize());
    assertEquals(List.of(), selected.deleteAttachments());
  }

  @Test
  void deletesFilesEarlierThanItAnonymizes() {
    RetentionSelection.Selected selected =
        RetentionSelection.select(
            RULES,
            List.of(
                incident(1, "2026-05-29T00:00:00Z", 2), // 6 months and a day, with files
                incident(2, "2026-05-29T00:00:00Z", 0), // due, but nothing to delete
                incident(3, "2026-06-01T00:00:00Z", 1)), // not yet
            NOW);
    assertEquals(List.of(), selected.anonymize());
    assertEquals(List.of(1L), selected.deleteAttachments());
  }

  @Test
  void anonymizingTakesTheFilesWithIt() {
    RetentionSelection.Selected selected =
        RetentionSelection.select(
            Map.of(TicketType.INCIDENT, new RetentionTerms(12, null, false)),
            List.of(incident(7, "2025-01-01T00:00:00Z", 3)),
            NOW);
    assertEquals(List.of(7L), selected.anonymize());
    assertEquals(List.of(7L), selected.deleteAttachments());
  }

  @Test
  void aLegalHoldSuspendsEverything() {
    ClosedTicket held =
        new ClosedTicket(
            9, TicketType.INCIDENT, Instant.parse("2020-01-01T00:00:00Z"), false, 4, true);
    RetentionSelection.Selected selected = RetentionSelection.select(RULES, List.of(held), NOW);
    assertTrue(selected.isEmpty());
    assertEquals(List.of(9L), selected.held());
  }

  @Test
  void aHeldTicketNoRuleWouldTouchIsNotReportedAsHeld() {
    ClosedTicket held =
        new ClosedTicket(
            9, TicketType.INCIDENT, Instant.parse("2026-11-01T00:00:00Z"), false, 4, true);
    assertEquals(List.of(), RetentionSelection.select(RULES, List.of(held), NOW).held());
  }

  @Test
  void typesWithoutARuleAndAnonymizedTicketsAreLeftAlone() {
    ClosedTicket question =
        new ClosedTicket(
            3, TicketType.QUESTION, Instant.parse("2001-01-01T00:00:00Z"), false, 5, false);
    ClosedTicket anonymized =
        new ClosedTicket(
            4, TicketType.INCIDENT, Instant.parse("2001-01-01T00:00:00Z"), true, 0, false);
    assertTrue(RetentionSelection.select(RULES, List.of(question, anonymized), NOW).isEmpty());
  }

  @Test
  void monthsAreCalendarMonthsInUtc() {
    RetentionTerms oneMonth = new RetentionTerms(1, null, false);
    assertEquals(
        Instant.parse("2026-02-28T10:00:00Z"),
        oneMonth.anonymizeCutoff(Instant.parse("2026-03-31T10:00:00Z")).orElseThrow());
    assertTrue(RetentionTerms.NONE.anonymizeCutoff(NOW).isEmpty());
    assertTrue(RetentionTerms.NONE.attachmentsCutoff(NOW).isEmpty());
  }

  @Test
  void refusesMonthsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionTerms(-1, null, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetentionTerms(null, RetentionTerms.MAX_MONTHS + 1, false));
  }
}
