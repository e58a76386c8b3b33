package io.ticketknowledge.ticket.tickets.entity;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The events the Ticket module publishes on {@code ticket.events}, one constant per type and schema
 * version (docs/events/schemas/&lt;type&gt;.v&lt;N&gt;.json). A new type or version is a new
 * constant here plus its schema file and its message in docs/events/asyncapi.yaml; the contract
 * tests fail until all three agree.
 */
public enum TicketEventType {
  /** Payload: the ticket's state after it was opened. */
  OPENED(EventType.of("ticket.opened", 1)),
  /** Payload: the ticket's state after a change of fields other than status and assignment. */
  CHANGED(EventType.of("ticket.changed", 1)),
  /** A workflow move that neither resolves, closes nor reopens; the state plus previousStatus. */
  STATUS_CHANGED(EventType.of("ticket.status-changed", 1)),
  RESOLVED(EventType.of("ticket.resolved", 1)),
  /** Closed by a person or, with actor {@code system}, by the auto-close job. */
  CLOSED(EventType.of("ticket.closed", 1)),
  REOPENED(EventType.of("ticket.reopened", 1)),
  /** The state plus the previous group and assignee. */
  ASSIGNED(EventType.of("ticket.assigned", 1)),
  WATCHERS_CHANGED(EventType.of("ticket.watchers-changed", 1)),
  /** A reply or an internal note (marked internal); not the ticket's state. */
  COMMENTED(EventType.of("ticket.commented", 1)),
  COMMENT_EDITED(EventType.of("ticket.comment-edited", 1)),
  /** An SLA clock reached its warning threshold: the state plus {@code sla} (what and when). */
  SLA_WARNING(EventType.of("ticket.sla-warning", 1)),
  /** An SLA clock reached its target: the state plus {@code sla} (what and when). */
  SLA_BREACHED(EventType.of("ticket.sla-breached", 1)),
  /** A file attached to the ticket or a comment (marked internal on an internal note). */
  ATTACHMENT_ADDED(EventType.of("ticket.attachment-added", 1)),
  /** Two tickets were linked (related, duplicate-of, parent/child); not the ticket's state. */
  LINKED(EventType.of("ticket.linked", 1)),
  /** A link between two tickets was removed; not the ticket's state. */
  UNLINKED(EventType.of("ticket.unlinked", 1)),
  /** The ticket was merged into another and closed; its state plus the target. */
  MERGED(EventType.of("ticket.merged", 1)),
  /** The requester rated a resolution (CSAT, decision 0023); not the ticket's state. */
  SATISFACTION_RATED(EventType.of("ticket.satisfaction-rated", 1)),
  /**
   * A trigger asked for people to be told something (the email channel sends it); not the ticket's
   * state. Marked internal: its text may quote internal notes.
   */
  NOTIFICATION_REQUESTED(EventType.of("ticket.notification-requested", 1));

  public static final String TOPIC = "ticket.events";

  private final EventType type;

  TicketEventType(EventType type) {
    this.type = type;
  }

  public EventType type() {
    return type;
  }

  /**
   * Which of these {@code event} is, by type name and schema version; empty for a type of no
   * concern here (consumers skip it).
   *
   * @throws MalformedEventException for a known type in a schema version this code does not know (a
   *     newer producer): it becomes a dead letter, replayed once this consumer is upgraded
   */
  public static Optional<TicketEventType> of(EventEnvelope event) {
    Optional<TicketEventType> known =
        Arrays.stream(values()).filter(t -> t.type.matches(event)).findFirst();
    if (known.isEmpty()
        && Arrays.stream(values()).anyMatch(t -> t.type.name().equals(event.type()))) {
      throw new MalformedEventException(
          event.eventType() + " is a schema version this consumer does not know yet");
    }
    return known;
  }

  /** Whether the payload is the ticket's full state (all but the comment, link, CSAT events). */
  public boolean carriesTicketState() {
    return this != COMMENTED
        && this != SATISFACTION_RATED
        && this != COMMENT_EDITED
        && this != ATTACHMENT_ADDED
        && this != LINKED
        && this != UNLINKED
        && this != NOTIFICATION_REQUESTED;
  }
}
