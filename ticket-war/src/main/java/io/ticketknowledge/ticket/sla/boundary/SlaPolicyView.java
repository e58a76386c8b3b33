package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.entity.Escalation;
import io.ticketknowledge.ticket.sla.entity.PolicyTerms;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaPolicyDefinition;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An SLA policy as the API shows it. */
@Schema(name = "SlaPolicy")
public record SlaPolicyView(
    long id,
    String name,
    int position,
    long calendarId,
    MatchView match,
    TargetsView targets,
    int warningPercent,
    Escalation onWarning,
    Escalation onBreach,
    OffsetDateTime updatedAt,
    long version) {

  public record MatchView(
      List<TicketPriority> priorities,
      List<TicketType> types,
      List<Long> categoryIds,
      List<String> departments) {}

  public record TargetsView(Duration firstResponse, Duration nextResponse, Duration resolution) {}

  public static SlaPolicyView of(SlaPolicyDefinition policy) {
    PolicyTerms terms = policy.terms();
    return new SlaPolicyView(
        policy.id(),
        terms.name(),
        terms.position(),
        terms.calendarId(),
        new MatchView(
            terms.match().priorities().stream().sorted().toList(),
            terms.match().types().stream().sorted().toList(),
            terms.match().categoryIds().stream().sorted().toList(),
            terms.match().departments().stream().sorted().toList()),
        new TargetsView(
            terms.targets().get(SlaMetric.FIRST_RESPONSE),
            terms.targets().get(SlaMetric.NEXT_RESPONSE),
            terms.targets().get(SlaMetric.RESOLUTION)),
        terms.warningPercent(),
        terms.onWarning(),
        terms.onBreach(),
        policy.updatedAt(),
        policy.version());
  }
}
