package io.ticketknowledge.ticket.sla.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.sla.entity.PolicyTerms;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an admin's policy request parses to, and which targets are refused with which key. */
class SlaPolicyRequestTest {

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"-PT1H", "PT0S", "PT0.5S", "PT1.5S", "8h", "P400D", "", "PT-1M"})
  void badTargetsAreRefused(String target) {
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> request(new SlaPolicyRequest.Targets(null, null, target), null).terms());
    assertEquals("sla.bad-target", refused.detailKey());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"PT4H,PT4H", "P2DT4H,PT52H", "pt30m,PT30M", "PT1S,PT1S", "P366D,PT8784H"})
  void goodTargetsAreWorkingTime(String target, String parsed) {
    PolicyTerms terms = request(new SlaPolicyRequest.Targets(target, null, null), null).terms();
    assertEquals(Duration.parse(parsed), terms.targets().get(SlaMetric.FIRST_RESPONSE));
    assertEquals(80, terms.warningPercent(), "the default warning");
  }

  @ParameterizedTest(name = "priority {0}")
  @CsvSource({"P1,P1", "urgent,P1", "p4,P4"})
  void prioritiesByNameOrLegacyName(String given, TicketPriority expected) {
    SlaPolicyRequest.Match match = new SlaPolicyRequest.Match(List.of(given), null, null, null);
    assertEquals(
        Set.of(expected),
        request(new SlaPolicyRequest.Targets(null, null, "PT8H"), match)
            .terms()
            .match()
            .priorities());
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"P9", "CRITICAL"})
  void unknownValuesAreRefused(String priority) {
    SlaPolicyRequest.Match match =
        new SlaPolicyRequest.Match(List.of(priority), List.of("INCIDENT"), null, null);
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> request(new SlaPolicyRequest.Targets(null, null, "PT8H"), match).terms());
    assertEquals("sla.unknown-value", refused.detailKey());
  }

  @org.junit.jupiter.api.Test
  void aPolicyNeedsATarget() {
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> request(new SlaPolicyRequest.Targets(null, null, null), null).terms());
    assertEquals("sla.no-target", refused.detailKey());
  }

  private static SlaPolicyRequest request(
      SlaPolicyRequest.Targets targets, SlaPolicyRequest.Match match) {
    return new SlaPolicyRequest("P1 事件", 10, 1L, match, targets, null, null, null);
  }
}
