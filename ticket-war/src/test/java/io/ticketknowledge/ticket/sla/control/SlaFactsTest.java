package io.ticketknowledge.ticket.sla.control;

import static io.ticketknowledge.ticket.tickets.entity.TicketPriority.P1;
import static io.ticketknowledge.ticket.tickets.entity.TicketPriority.P3;
import static io.ticketknowledge.ticket.tickets.entity.TicketType.INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.ticket.sla.entity.PolicyMatch;
import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaPolicy;
import io.ticketknowledge.ticket.sla.entity.SlaStatus;
import io.ticketknowledge.ticket.sla.entity.SlaTimeline;
import io.ticketknowledge.ticket.sla.entity.TicketFact;
import io.ticketknowledge.ticket.sla.entity.TicketProfile;
import io.ticketknowledge.ticket.sla.entity.TicketRecord;
import io.ticketknowledge.ticket.sla.entity.TicketRecord.Change;
import io.ticketknowledge.ticket.sla.entity.TicketRecord.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a ticket's record means for its SLA: a table of histories and the facts they give. */
class SlaFactsTest {

  static final Instant OPENED = Calendars.taipei("2025-03-03T09:00"); // a Monday
  static final SlaPolicy URGENT =
      new SlaPolicy(
          "P1",
          Calendars.taipei2025(),
          Map.of(
              SlaMetric.FIRST_RESPONSE,
              Duration.ofHours(1),
              SlaMetric.RESOLUTION,
              Duration.ofHours(8)),
          80);
  static final SlaPolicy NORMAL =
      new SlaPolicy(
          "P3", Calendars.taipei2025(), Map.of(SlaMetric.RESOLUTION, Duration.ofHours(40)), 80);
  static final SlaPolicy PRINTERS =
      new SlaPolicy(
          "printers",
          Calendars.taipei2025(),
          Map.of(SlaMetric.RESOLUTION, Duration.ofHours(4)),
          80);

  /** Printers first, then P1, then P3: first match wins. */
  static final Function<TicketProfile, Optional<SlaPolicy>> POLICIES =
      profile ->
          Stream.of(
                  Map.entry(new PolicyMatch(null, null, Set.of(7L), null), PRINTERS),
                  Map.entry(new PolicyMatch(Set.of(P1), null, null, null), URGENT),
                  Map.entry(new PolicyMatch(Set.of(P3), null, null, null), NORMAL))
              .filter(e -> e.getKey().matches(profile))
              .map(Map.Entry::getValue)
              .findFirst();

  static final TicketProfile P3_TICKET = new TicketProfile(P3, INCIDENT, null, "財務部");

  static Stream<Arguments> histories() {
    return Stream.of(
        row("opened only", P3_TICKET, List.of(), List.of(), "OPENED P3"),
        row(
            "a public reply by the desk answers, an internal note does not",
            P3_TICKET,
            List.of(),
            List.of(reply(10, false, true), reply(20, false, false)),
            "OPENED P3",
            "+20 AGENT_REPLIED"),
        row(
            "the requester's reply",
            P3_TICKET,
            List.of(),
            List.of(reply(30, true, false)),
            "OPENED P3",
            "+30 REQUESTER_REPLIED"),
        row(
            "pending pauses, open again resumes",
            P3_TICKET,
            List.of(
                status(5, "NEW", "OPEN"),
                status(10, "OPEN", "PENDING"),
                status(50, "PENDING", "OPEN")),
            List.of(),
            "OPENED P3",
            "+10 PAUSED",
            "+50 RESUMED"),
        row(
            "the requester answers a pending ticket: reply, then the status move",
            P3_TICKET,
            List.of(status(10, "OPEN", "PENDING"), status(40, "PENDING", "OPEN")),
            List.of(reply(40, true, false)),
            "OPENED P3",
            "+10 PAUSED",
            "+40 REQUESTER_REPLIED",
            "+40 RESUMED"),
        row(
            "resolve, close, reopen by an agent",
            P3_TICKET,
            List.of(
                status(10, "OPEN", "RESOLVED"),
                status(20, "RESOLVED", "CLOSED"),
                status(30, "CLOSED", "OPEN")),
            List.of(),
            "OPENED P3",
            "+10 RESOLVED",
            "+30 REOPENED"),
        row(
            "pending straight to resolved",
            P3_TICKET,
            List.of(status(10, "NEW", "PENDING"), status(20, "PENDING", "RESOLVED")),
            List.of(),
            "OPENED P3",
            "+10 PAUSED",
            "+20 RESOLVED"),
        row(
            "a raised priority changes the policy",
            P3_TICKET.withPriority(P1),
            List.of(change(15, "priority", "P3", "P1")),
            List.of(),
            "OPENED P3",
            "+15 POLICY_CHANGED P1"),
        row(
            "the policy at opening follows from the first recorded value",
            P3_TICKET.withPriority(P1),
            List.of(change(15, "priority", "P3", "P1"), change(25, "priority", "P1", "P3")),
            List.of(),
            "OPENED P3",
            "+15 POLICY_CHANGED P1",
            "+25 POLICY_CHANGED P3"),
        row(
            "legacy priority names in old history",
            P3_TICKET.withPriority(P1),
            List.of(change(15, "priority", "NORMAL", "URGENT")),
            List.of(),
            "OPENED P3",
            "+15 POLICY_CHANGED P1"),
        row(
            "a change that keeps the policy is no fact",
            P3_TICKET.withType(io.ticketknowledge.ticket.tickets.entity.TicketType.QUESTION),
            List.of(change(15, "type", "INCIDENT", "QUESTION"), change(16, "subject", "a", "b")),
            List.of(),
            "OPENED P3"),
        row(
            "an earlier policy in the order wins when the category makes it match",
            P3_TICKET.withCategory(7L),
            List.of(change(15, "category", null, "7")),
            List.of(),
            "OPENED P3",
            "+15 POLICY_CHANGED printers"),
        row(
            "no policy matches any more: unmeasured",
            P3_TICKET.withPriority(io.ticketknowledge.ticket.tickets.entity.TicketPriority.P4),
            List.of(change(15, "priority", "P3", "P4")),
            List.of(),
            "OPENED P3",
            "+15 POLICY_CHANGED —"),
        row(
            "no policy at opening: unmeasured until one matches",
            P3_TICKET.withPriority(P1),
            List.of(change(15, "priority", "P4", "P1")),
            List.of(),
            "OPENED —",
            "+15 POLICY_CHANGED P1"),
        row(
            "no policy ever: no facts",
            P3_TICKET.withPriority(io.ticketknowledge.ticket.tickets.entity.TicketPriority.P4),
            List.of(status(5, "NEW", "OPEN")),
            List.of(reply(10, false, false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void factsOfAHistory(
      String why,
      TicketProfile current,
      List<Change> changes,
      List<Reply> replies,
      List<String> expected) {
    List<TicketFact> facts =
        SlaFacts.of(new TicketRecord(OPENED, current, changes, replies), POLICIES);
    assertEquals(expected, facts.stream().map(SlaFactsTest::describe).toList());
  }

  @Test
  void pendingOnTheRequesterOverNightConsumesNoWorkingTime() {
    // opened Monday 09:00, pending from 10:00 to Tuesday 11:00, resolved Tuesday 12:00
    List<Change> changes =
        List.of(
            status(60, "NEW", "PENDING"),
            status(26 * 60, "PENDING", "OPEN"),
            status(27 * 60, "OPEN", "RESOLVED"));
    List<TicketFact> facts =
        SlaFacts.of(new TicketRecord(OPENED, P3_TICKET, changes, List.of()), POLICIES);
    SlaTimeline timeline = new SlaClock().evaluate(facts, OPENED.plus(Duration.ofDays(3)));
    SlaStatus resolution = timeline.status(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(SlaStatus.State.MET, resolution.state());
    assertEquals(Duration.ofHours(2), resolution.consumed());
    List<SlaEntry.Kind> kinds = new ArrayList<>();
    timeline.entries().forEach(e -> kinds.add(e.kind()));
    assertEquals(
        List.of(
            SlaEntry.Kind.STARTED, SlaEntry.Kind.PAUSED, SlaEntry.Kind.RESUMED, SlaEntry.Kind.MET),
        kinds);
  }

  private static Arguments row(
      String why,
      TicketProfile current,
      List<Change> changes,
      List<Reply> replies,
      String... expected) {
    return Arguments.of(why, current, changes, replies, List.of(expected));
  }

  private static Change status(int minutes, String before, String after) {
    return change(minutes, "status", before, after);
  }

  private static Change change(int minutes, String field, String before, String after) {
    return new Change(OPENED.plusSeconds(minutes * 60L), field, before, after);
  }

  private static Reply reply(int minutes, boolean byRequester, boolean internal) {
    return new Reply(OPENED.plusSeconds(minutes * 60L), byRequester, internal);
  }

  private static String describe(TicketFact fact) {
    long minutes = Duration.between(OPENED, fact.at()).toMinutes();
    String at = minutes == 0 ? "" : "+" + minutes + " ";
    return at + fact.kind() + (fact.policy() == null ? "" : " " + fact.policy().name());
  }
}
