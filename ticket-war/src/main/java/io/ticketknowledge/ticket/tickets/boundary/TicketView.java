package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.markdown.MarkdownRenderer;
import io.ticketknowledge.ticket.customfields.control.FieldRule;
import io.ticketknowledge.ticket.sla.boundary.SlaSummaryView;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ticket as the API shows it. The description and resolution are Markdown source; {@code
 * descriptionHtml} and {@code resolutionHtml} are the same rendered and sanitized on the server.
 */
@Schema(
    name = "Ticket",
    example =
        "{\"id\":51,\"number\":\"TK-2026-000123\",\"subject\":\"三樓印表機無法列印\","
            + "\"description\":\"從早上開始，**三樓**的印表機無法列印。\",\"type\":\"INCIDENT\","
            + "\"categoryId\":51,\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_THIRD_PARTY\","
            + "\"impact\":\"MEDIUM\",\"urgency\":\"HIGH\",\"priority\":\"P2\","
            + "\"priorityOverridden\":false,\"requester\":{\"id\":\"requester1\",\"name\":\"王小明\"},"
            + "\"department\":\"財務部\",\"groupId\":50,\"assignee\":{\"id\":\"agent1\","
            + "\"name\":\"陳志豪\"},\"tags\":[\"printer\"],"
            + "\"customFields\":{\"asset_tag\":\"NB-2024-0117\",\"floor\":3},\"createdAt\":\"2026-03-02T01:15:00Z\","
            + "\"updatedAt\":\"2026-03-02T02:40:00Z\",\"version\":4}")
public record TicketView(
    long id,
    String number,
    String subject,
    String description,
    String descriptionHtml,
    TicketType type,
    Long categoryId,
    TicketStatus status,
    PendingReason pendingReason,
    String resolution,
    String resolutionHtml,
    Level impact,
    Level urgency,
    TicketPriority priority,
    boolean priorityOverridden,
    Person requester,
    String department,
    Long groupId,
    Person assignee,
    List<String> tags,
    @Schema(description = "Values of custom fields by key (GET /custom-fields)")
        Map<String, JsonValue> customFields,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime resolvedAt,
    OffsetDateTime closedAt,
    long version,
    @Schema(description = "Due times and breaches of the SLA (single reads only)")
        SlaSummaryView sla) {

  public record Person(String id, String name) {}

  public static TicketView of(Ticket ticket) {
    return new TicketView(
        ticket.id(),
        ticket.number(),
        ticket.subject(),
        ticket.description(),
        MarkdownRenderer.toSafeHtml(ticket.description()),
        ticket.type(),
        ticket.categoryId(),
        ticket.status(),
        ticket.pendingReason(),
        ticket.resolution(),
        ticket.resolution() == null ? null : MarkdownRenderer.toSafeHtml(ticket.resolution()),
        ticket.impact(),
        ticket.urgency(),
        ticket.priority(),
        ticket.priorityOverridden(),
        new Person(ticket.requesterId(), ticket.requesterName()),
        ticket.requesterDepartment(),
        ticket.groupId(),
        ticket.assigneeId() == null ? null : new Person(ticket.assigneeId(), ticket.assigneeName()),
        ticket.tags(),
        FieldRule.jsonOf(ticket.customFields()),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.resolvedAt(),
        ticket.closedAt(),
        ticket.version(),
        null);
  }

  /** The same view with the ticket's SLA due times (null when no SLA policy applies). */
  public TicketView withSla(SlaSummaryView summary) {
    return new TicketView(
        id,
        number,
        subject,
        description,
        descriptionHtml,
        type,
        categoryId,
        status,
        pendingReason,
        resolution,
        resolutionHtml,
        impact,
        urgency,
        priority,
        priorityOverridden,
        requester,
        department,
        groupId,
        assignee,
        tags,
        customFields,
        createdAt,
        updatedAt,
        resolvedAt,
        closedAt,
        version,
        summary);
  }
}
