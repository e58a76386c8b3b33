package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.SlaPolicy;
import io.ticketknowledge.ticket.sla.entity.TicketFact;
import io.ticketknowledge.ticket.sla.entity.TicketProfile;
import io.ticketknowledge.ticket.sla.entity.TicketRecord;
import io.ticketknowledge.ticket.sla.entity.TicketRecord.Change;
import io.ticketknowledge.ticket.sla.entity.TicketRecord.Reply;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a ticket's record into the facts {@link SlaClock} replays: pure, so that what a ticket's
 * history means for its SLA is a table of test cases, not a container test.
 *
 * <ul>
 *   <li>opened → OPENED under the policy that matches the ticket as it was opened;
 *   <li>a public reply by the requester → REQUESTER_REPLIED, by anyone else → AGENT_REPLIED
 *       (internal notes answer nobody);
 *   <li>status → PENDING (waiting on the requester or a third party) → PAUSED; PENDING → OPEN →
 *       RESUMED; → RESOLVED → RESOLVED; RESOLVED/CLOSED → OPEN → REOPENED;
 *   <li>a change of priority, type, category or department that makes another policy match →
 *       POLICY_CHANGED at that moment (none matching any more: a policy without targets, so the
 *       clocks stop without a verdict).
 * </ul>
 *
 * A ticket that no policy matches when it is opened is measured from the first change that makes
 * one match, with the time it ran before carried over (counted on that policy's calendar).
 */
public final class SlaFacts {

  static final Set<String> PROFILE_FIELDS = Set.of("priority", "type", "category", "department");

  private SlaFacts() {}

  /**
   * @param policyFor the policy in force for a ticket profile (first match), empty when none
   * @return the facts in time order; empty when no policy ever matched the ticket
   */
  public static List<TicketFact> of(
      TicketRecord ticket, Function<TicketProfile, Optional<SlaPolicy>> policyFor) {
    List<Event> events = events(ticket);
    TicketProfile profile = initialProfile(ticket);
    List<SlaPolicy> inForce = new ArrayList<>();
    inForce.add(policyFor.apply(profile).orElse(null));
    for (Event event : events) {
      if (event.change != null && PROFILE_FIELDS.contains(event.change.field())) {
        profile = apply(profile, event.change);
        inForce.add(policyFor.apply(profile).orElse(null));
      }
    }
    SlaPolicy firstPolicy = inForce.stream().filter(Objects::nonNull).findFirst().orElse(null);
    if (firstPolicy == null) {
      return List.of();
    }
    SlaPolicy unmeasured = unmeasured(firstPolicy);
    List<TicketFact> facts = new ArrayList<>();
    SlaPolicy current = orElse(inForce.get(0), unmeasured);
    facts.add(TicketFact.opened(ticket.openedAt(), current));
    int next = 1;
    for (Event event : events) {
      if (event.reply != null) {
        if (!event.reply.internal()) {
          facts.add(
              TicketFact.of(
                  event.at,
                  event.reply.byRequester()
                      ? TicketFact.Kind.REQUESTER_REPLIED
                      : TicketFact.Kind.AGENT_REPLIED));
        }
        continue;
      }
      Change change = event.change;
      if (PROFILE_FIELDS.contains(change.field())) {
        SlaPolicy policy = orElse(inForce.get(next++), unmeasured(current));
        if (!policy.equals(current)) {
          current = policy;
          facts.add(TicketFact.policyChanged(event.at, policy));
        }
      } else if ("status".equals(change.field())) {
        statusFact(event.at, change.before(), change.after()).ifPresent(facts::add);
      }
    }
    return facts;
  }

  private static Optional<TicketFact> statusFact(Instant at, String before, String after) {
    if ("PENDING".equals(after)) {
      return Optional.of(TicketFact.of(at, TicketFact.Kind.PAUSED));
    }
    if ("RESOLVED".equals(after)) {
      return Optional.of(TicketFact.of(at, TicketFact.Kind.RESOLVED));
    }
    if ("OPEN".equals(after) && ("RESOLVED".equals(before) || "CLOSED".equals(before))) {
      return Optional.of(TicketFact.of(at, TicketFact.Kind.REOPENED));
    }
    if ("PENDING".equals(before)) {
      return Optional.of(TicketFact.of(at, TicketFact.Kind.RESUMED));
    }
    return Optional.empty();
  }

  /** The ticket as it was opened: each field's value before its first recorded change. */
  static TicketProfile initialProfile(TicketRecord ticket) {
    Map<String, Change> first = new HashMap<>();
    ticket.changes().stream()
        .sorted(Comparator.comparing(Change::at))
        .filter(change -> PROFILE_FIELDS.contains(change.field()))
        .forEach(change -> first.putIfAbsent(change.field(), change));
    TicketProfile profile = ticket.current();
    for (Change change : first.values()) {
      profile = apply(profile, new Change(change.at(), change.field(), null, change.before()));
    }
    return profile;
  }

  private static TicketProfile apply(TicketProfile profile, Change change) {
    String value = change.after();
    return switch (change.field()) {
      case "priority" -> profile.withPriority(value == null ? null : priority(value));
      case "type" -> profile.withType(value == null ? null : TicketType.valueOf(value));
      case "category" -> profile.withCategory(value == null ? null : Long.valueOf(value));
      case "department" -> profile.withDepartment(value);
      default -> profile;
    };
  }

  private static TicketPriority priority(String value) {
    return TicketPriority.parse(value).orElse(null);
  }

  /** Replies and changes merged in time order; at the same instant, replies first. */
  private static List<Event> events(TicketRecord ticket) {
    List<Event> events = new ArrayList<>();
    ticket.replies().forEach(reply -> events.add(new Event(reply.at(), reply, null, 0)));
    ticket.changes().forEach(change -> events.add(new Event(change.at(), null, change, 1)));
    events.sort(Comparator.comparing((Event e) -> e.at).thenComparingInt(e -> e.order));
    return events.stream().filter(e -> !e.at.isBefore(ticket.openedAt())).toList();
  }

  /** A policy without targets on {@code like}'s calendar: clocks run, nothing is judged. */
  static SlaPolicy unmeasured(SlaPolicy like) {
    if (like.targets().isEmpty()) {
      return like;
    }
    return new SlaPolicy("—", like.calendar(), Map.of(), like.warningPercent());
  }

  private static SlaPolicy orElse(SlaPolicy policy, SlaPolicy fallback) {
    return policy == null ? fallback : policy;
  }

  private record Event(Instant at, Reply reply, Change change, int order) {}
}
