package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.control.TicketSla;
import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ticket's SLA timeline: every start, pause, resume, warning, breach, met and policy change of
 * each clock with the working time consumed then, and where each clock stands now. Times are in the
 * zone of the calendar of the policy now in force.
 */
@Schema(
    name = "SlaTimeline",
    example =
        "{\"ticketId\":51,\"policy\":\"P2 事件\",\"evaluatedAt\":\"2026-03-02T10:00:00+08:00\","
            + "\"clocks\":[{\"metric\":\"FIRST_RESPONSE\",\"state\":\"RUNNING\",\"target\":\"PT4H\","
            + "\"consumed\":\"PT1H\",\"remaining\":\"PT3H\",\"dueAt\":\"2026-03-02T13:00:00+08:00\","
            + "\"warned\":false,\"breached\":false}],\"entries\":[{\"at\":\"2026-03-02T09:00:00+08:00\","
            + "\"metric\":\"FIRST_RESPONSE\",\"kind\":\"STARTED\",\"consumed\":\"PT0S\","
            + "\"target\":\"PT4H\",\"policy\":\"P2 事件\"}]}")
public record SlaTimelineView(
    long ticketId,
    @Schema(description = "The policy now in force; null when none matches the ticket")
        String policy,
    OffsetDateTime evaluatedAt,
    List<ClockView> clocks,
    List<EntryView> entries) {

  public record ClockView(
      SlaMetric metric,
      SlaStatus.State state,
      Duration target,
      Duration consumed,
      Duration remaining,
      @Schema(description = "When the target is reached (or was, if breached); null while paused")
          OffsetDateTime dueAt,
      boolean warned,
      boolean breached) {}

  public record EntryView(
      OffsetDateTime at,
      SlaMetric metric,
      SlaEntry.Kind kind,
      Duration consumed,
      Duration target,
      String policy) {}

  public static SlaTimelineView of(long ticketId, TicketSla.Evaluation evaluation) {
    ZoneId zone = zone(evaluation);
    return new SlaTimelineView(
        ticketId,
        evaluation.policy() == null ? null : evaluation.policy().policy().name(),
        at(evaluation.at(), zone),
        evaluation.timeline().statuses().values().stream()
            .sorted(Comparator.comparing(SlaStatus::metric))
            .map(
                s ->
                    new ClockView(
                        s.metric(),
                        s.state(),
                        s.target(),
                        s.consumed(),
                        s.remaining(),
                        at(s.dueAt(), zone),
                        s.warned(),
                        s.breached()))
            .toList(),
        evaluation.timeline().entries().stream()
            .map(
                e ->
                    new EntryView(
                        at(e.at(), zone),
                        e.metric(),
                        e.kind(),
                        e.consumed(),
                        e.target(),
                        e.policy()))
            .toList());
  }

  static ZoneId zone(TicketSla.Evaluation evaluation) {
    return evaluation.policy() == null
        ? ZoneOffset.UTC
        : evaluation.policy().policy().calendar().zone();
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
