package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.control.TicketSla;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaStatus;
import io.ticketknowledge.ticket.sla.entity.SlaTimeline;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The SLA part of a ticket response: when each running clock is due, and which breached. A due time
 * is null while the clock is paused, met or not measured. The timeline is at {@code
 * /tickets/{id}/sla}.
 */
@Schema(name = "TicketSla")
public record SlaSummaryView(
    String policy,
    boolean paused,
    OffsetDateTime firstResponseDueAt,
    boolean firstResponseBreached,
    OffsetDateTime nextResponseDueAt,
    boolean nextResponseBreached,
    OffsetDateTime resolutionDueAt,
    boolean resolutionBreached) {

  /** Null when no policy has ever applied to the ticket. */
  public static SlaSummaryView of(TicketSla.Evaluation evaluation) {
    SlaTimeline timeline = evaluation.timeline();
    if (timeline.statuses().isEmpty() && evaluation.policy() == null) {
      return null;
    }
    ZoneId zone = SlaTimelineView.zone(evaluation);
    boolean paused =
        timeline.statuses().values().stream().anyMatch(s -> s.state() == SlaStatus.State.PAUSED);
    return new SlaSummaryView(
        evaluation.policy() == null ? null : evaluation.policy().policy().name(),
        paused,
        due(timeline, SlaMetric.FIRST_RESPONSE, zone),
        breached(timeline, SlaMetric.FIRST_RESPONSE),
        due(timeline, SlaMetric.NEXT_RESPONSE, zone),
        breached(timeline, SlaMetric.NEXT_RESPONSE),
        due(timeline, SlaMetric.RESOLUTION, zone),
        breached(timeline, SlaMetric.RESOLUTION));
  }

  private static OffsetDateTime due(SlaTimeline timeline, SlaMetric metric, ZoneId zone) {
    return timeline
        .status(metric)
        .filter(s -> s.state() == SlaStatus.State.RUNNING || s.breached())
        .map(s -> SlaTimelineView.at(s.dueAt(), zone))
        .orElse(null);
  }

  private static boolean breached(SlaTimeline timeline, SlaMetric metric) {
    return timeline.status(metric).map(SlaStatus::breached).orElse(false);
  }
}
