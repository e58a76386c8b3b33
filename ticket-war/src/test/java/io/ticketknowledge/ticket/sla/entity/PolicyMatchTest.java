package io.ticketknowledge.ticket.sla.entity;

import static io.ticketknowledge.ticket.tickets.entity.TicketPriority.P1;
import static io.ticketknowledge.ticket.tickets.entity.TicketPriority.P2;
import static io.ticketknowledge.ticket.tickets.entity.TicketPriority.P3;
import static io.ticketknowledge.ticket.tickets.entity.TicketType.INCIDENT;
import static io.ticketknowledge.ticket.tickets.entity.TicketType.QUESTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which tickets a policy's match accepts, and when one match leaves another nothing. */
class PolicyMatchTest {

  static final PolicyMatch ANY = PolicyMatch.any();
  static final PolicyMatch P1_ONLY = new PolicyMatch(Set.of(P1), null, null, null);
  static final PolicyMatch P1_P2 = new PolicyMatch(Set.of(P1, P2), null, null, null);
  static final PolicyMatch P1_INCIDENTS = new PolicyMatch(Set.of(P1), Set.of(INCIDENT), null, null);
  static final PolicyMatch PRINTERS = new PolicyMatch(null, null, Set.of(7L), null);
  static final PolicyMatch FINANCE = new PolicyMatch(null, null, null, Set.of(" 財務部 ", "Finance"));

  static Stream<Arguments> matches() {
    return Stream.of(
        Arguments.of("empty match accepts anything", ANY, ticket(P3, QUESTION, null, null), true),
        Arguments.of("priority listed", P1_ONLY, ticket(P1, QUESTION, 7L, "財務部"), true),
        Arguments.of("priority not listed", P1_ONLY, ticket(P2, INCIDENT, null, null), false),
        Arguments.of(
            "no priority, priority required", P1_ONLY, ticket(null, null, null, null), false),
        Arguments.of(
            "all dimensions must accept", P1_INCIDENTS, ticket(P1, QUESTION, null, null), false),
        Arguments.of("both accept", P1_INCIDENTS, ticket(P1, INCIDENT, null, null), true),
        Arguments.of("category listed", PRINTERS, ticket(P3, QUESTION, 7L, null), true),
        Arguments.of(
            "no category, category required", PRINTERS, ticket(P3, QUESTION, null, null), false),
        Arguments.of(
            "another category (no subcategories)", PRINTERS, ticket(P3, QUESTION, 8L, null), false),
        Arguments.of(
            "department, spaces trimmed", FINANCE, ticket(P3, QUESTION, null, "財務部"), true),
        Arguments.of(
            "department ignores case", FINANCE, ticket(P3, QUESTION, null, "FINANCE"), true),
        Arguments.of("another department", FINANCE, ticket(P3, QUESTION, null, "人資部"), false),
        Arguments.of(
            "no department, department required",
            FINANCE,
            ticket(P3, QUESTION, null, null),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void matches(String why, PolicyMatch match, TicketProfile ticket, boolean expected) {
    assertEquals(expected, match.matches(ticket));
  }

  static Stream<Arguments> covers() {
    return Stream.of(
        Arguments.of("any covers everything", ANY, P1_INCIDENTS, true),
        Arguments.of("any covers any", ANY, ANY, true),
        Arguments.of("a narrow match does not cover any", P1_ONLY, ANY, false),
        Arguments.of("a superset of priorities", P1_P2, P1_ONLY, true),
        Arguments.of("a subset of priorities", P1_ONLY, P1_P2, false),
        Arguments.of("same values", P1_ONLY, new PolicyMatch(Set.of(P1), null, null, null), true),
        Arguments.of("fewer dimensions cover more", P1_ONLY, P1_INCIDENTS, true),
        Arguments.of("more dimensions cover less", P1_INCIDENTS, P1_ONLY, false),
        Arguments.of("different dimensions overlap without covering", P1_ONLY, PRINTERS, false),
        Arguments.of(
            "departments compare without case",
            FINANCE,
            new PolicyMatch(null, null, null, Set.of("finance")),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void covers(String why, PolicyMatch earlier, PolicyMatch later, boolean expected) {
    assertEquals(expected, earlier.covers(later));
  }

  private static TicketProfile ticket(
      io.ticketknowledge.ticket.tickets.entity.TicketPriority priority,
      io.ticketknowledge.ticket.tickets.entity.TicketType type,
      Long category,
      String department) {
    return new TicketProfile(priority, type, category, department);
  }
}
