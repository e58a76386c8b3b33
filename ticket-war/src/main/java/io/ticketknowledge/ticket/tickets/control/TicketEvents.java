package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.customfields.control.FieldRule;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Records what happened to tickets in the module's outbox, inside the caller's transaction: one
 * method per event type (past tense), each with its schema in {@code docs/events/schemas}. Every
 * payload holds the ticket's state after the change, so consumers (the search index, Knowledge)
 * need no second lookup; some add what the change was.
 */
@ApplicationScoped
public class TicketEvents {

  private final Outbox outbox = new Outbox("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public void opened(Ticket ticket, String actorId) {
    record(TicketEventType.OPENED, ticket, actorId, state(ticket));
  }

  /** Fields other than status and assignment changed (subject, description, priority …). */
  public void changed(Ticket ticket, String actorId) {
    record(TicketEventType.CHANGED, ticket, actorId, state(ticket));
  }

  /** A move of the workflow that neither resolves, closes nor reopens. */
  public void statusChanged(Ticket ticket, TicketStatus previous, String actorId) {
    record(
        TicketEventType.STATUS_CHANGED,
        ticket,
        actorId,
        state(ticket).add("previousStatus", previous.name()));
  }

  public void resolved(Ticket ticket, TicketStatus previous, String actorId) {
    resolved(ticket, previous, actorId, false);
  }

  /**
   * Resolved, with what Knowledge's loop reads: {@code linkedArticleIds} (the articles named as the
   * solution, possibly none) and {@code proposeAsArticle} (make a draft article of it).
   */
  public void resolved(
      Ticket ticket, TicketStatus previous, String actorId, boolean proposeAsArticle) {
    JsonArrayBuilder articles = Jsons.arrayBuilder();
    ticket.linkedArticleIds().forEach(articles::add);
    record(
        TicketEventType.RESOLVED,
        ticket,
        actorId,
        state(ticket)
            .add("previousStatus", previous.name())
            .add("linkedArticleIds", articles)
            .add("proposeAsArticle", proposeAsArticle));
  }

  /** Closed by a person or, with actor {@code system}, by the auto-close job. */
  public void closed(Ticket ticket, TicketStatus previous, String actorId) {
    record(
        TicketEventType.CLOSED,
        ticket,
        actorId,
        state(ticket).add("previousStatus", previous.name()));
  }

  public void reopened(Ticket ticket, TicketStatus previous, String actorId) {
    record(
        TicketEventType.REOPENED,
        ticket,
        actorId,
        state(ticket).add("previousStatus", previous.name()));
  }

  public void assigned(
      Ticket ticket, Long previousGroupId, String previousAssigneeId, String actorId) {
    JsonObjectBuilder payload = state(ticket);
    optional(payload, "previousGroupId", previousGroupId);
    optional(payload, "previousAssigneeId", previousAssigneeId);
    record(TicketEventType.ASSIGNED, ticket, actorId, payload);
  }

  /** Someone started or stopped watching the ticket (the watchers are in the state). */
  public void watchersChanged(Ticket ticket, String actorId) {
    record(TicketEventType.WATCHERS_CHANGED, ticket, actorId, state(ticket));
  }

  /**
   * A reply or an internal note. Internal ones are marked ({@code internal: true}, {@code
   * visibility: "internal"}) so that no consumer shows them to requesters.
   */
  public void commented(Ticket ticket, Comment comment, String actorId) {
    record(TicketEventType.COMMENTED, ticket, actorId, comment(ticket, comment));
  }

  /** A comment's author corrected it within the edit window. */
  public void commentEdited(Ticket ticket, Comment comment, String actorId) {
    record(TicketEventType.COMMENT_EDITED, ticket, actorId, comment(ticket, comment));
  }

  /**
   * An SLA clock crossed its warning threshold or target ({@code type} SLA_WARNING or
   * SLA_BREACHED); {@code sla} says which clock, when, under which policy and what the escalation
   * did.
   */
  public void slaCrossed(Ticket ticket, TicketEventType type, JsonObject sla, String actorId) {
    record(type, ticket, actorId, state(ticket).add("sla", sla));
  }

  /**
   * A file was attached to the ticket or to a comment. One of an internal note is marked ({@code
   * internal: true}, {@code visibility: "internal"}) so that no consumer shows it to requesters.
   */
  public void attachmentAdded(Ticket ticket, TicketAttachment attachment, String actorId) {
    JsonObjectBuilder payload =
        Jsons.objectBuilder()
            .add("ticketId", ticket.id())
            .add("number", ticket.number())
            .add("requesterId", ticket.requesterId())
            .add("attachmentId", attachment.id())
            .add("fileName", attachment.fileName())
            .add("contentType", attachment.contentType())
            .add("size", attachment.size())
            .add("sha256", attachment.sha256())
            .add("uploaderId", attachment.uploaderId())
            .add("uploaderName", attachment.uploaderName())
            .add("internal", attachment.internal())
            .add("visibility", attachment.internal() ? "internal" : "public")
            .add("createdAt", attachment.createdAt().toString());
    optional(payload, "groupId", ticket.groupId());
    optional(payload, "commentId", attachment.commentId());
    record(TicketEventType.ATTACHMENT_ADDED, ticket, actorId, payload);
  }

  /** {@code ticket} was linked to {@code other}; the type is as {@code ticket} sees it. */
  public void linked(Ticket ticket, long linkId, String linkType, Ticket other, String actorId) {
    record(TicketEventType.LINKED, ticket, actorId, link(ticket, linkId, linkType, other));
  }

  public void unlinked(Ticket ticket, long linkId, String linkType, Ticket other, String actorId) {
    record(TicketEventType.UNLINKED, ticket, actorId, link(ticket, linkId, linkType, other));
  }

  /**
   * {@code source} was merged into {@code target} (and closed): the source's state plus where it
   * went, how many comments moved.
   */
  public void merged(Ticket source, Ticket target, int movedComments, String actorId) {
    record(
        TicketEventType.MERGED,
        source,
        actorId,
        state(source)
            .add("targetId", target.id())
            .add("targetNumber", target.number())
            .add("targetRequesterId", target.requesterId())
            .add("movedComments", movedComments));
  }

  /**
   * The requester rated the resolution {@code resolvedAt} of the ticket (CSAT); the agent and group
   * are the ticket's at rating time.
   */
  public void satisfactionRated(
      Ticket ticket,
      String rating,
      String comment,
      OffsetDateTime resolvedAt,
      OffsetDateTime ratedAt,
      String actorId) {
    JsonObjectBuilder payload =
        Jsons.objectBuilder()
            .add("ticketId", ticket.id())
            .add("number", ticket.number())
            .add("requesterId", ticket.requesterId())
            .add("rating", rating)
            .add("resolvedAt", resolvedAt.toInstant().toString())
            .add("ratedAt", ratedAt.toInstant().toString());
    optional(payload, "comment", comment);
    optional(payload, "groupId", ticket.groupId());
    optional(payload, "assigneeId", ticket.assigneeId());
    record(TicketEventType.SATISFACTION_RATED, ticket, actorId, payload);
  }

  /**
   * Someone should be told about the ticket ({@code notification}: recipients, text, the trigger
   * that asked); docs/events/schemas/ticket.notification-requested.v1.json.
   */
  public void notificationRequested(Ticket ticket, JsonObject notification, String actorId) {
    JsonObjectBuilder payload =
        Jsons.objectBuilder(notification)
            .add("ticketId", ticket.id())
            .add("number", ticket.number())
            .add("subject", ticket.subject())
            .add("status", ticket.status().name())
            .add("requesterId", ticket.requesterId());
    optional(payload, "groupId", ticket.groupId());
    optional(payload, "assigneeId", ticket.assigneeId());
    record(TicketEventType.NOTIFICATION_REQUESTED, ticket, actorId, payload);
  }

  private static JsonObjectBuilder link(Ticket ticket, long linkId, String linkType, Ticket other) {
    JsonObjectBuilder payload =
        Jsons.objectBuilder()
            .add("ticketId", ticket.id())
            .add("number", ticket.number())
            .add("requesterId", ticket.requesterId())
            .add("linkId", linkId)
            .add("linkType", linkType)
            .add("otherTicketId", other.id())
            .add("otherNumber", other.number());
    optional(payload, "groupId", ticket.groupId());
    return payload;
  }

  private static JsonObjectBuilder comment(Ticket ticket, Comment comment) {
    JsonArrayBuilder mentions = Jsons.arrayBuilder();
    comment.mentions().forEach(mentions::add);
    JsonObjectBuilder payload =
        Jsons.objectBuilder()
            .add("ticketId", ticket.id())
            .add("number", ticket.number())
            .add("requesterId", ticket.requesterId())
            .add("commentId", comment.id())
            .add("authorId", comment.authorId())
            .add("authorName", comment.authorName())
            .add("body", comment.body())
            .add("internal", comment.internal())
            .add("visibility", comment.internal() ? "internal" : "public")
            .add("mentions", mentions)
            .add("createdAt", comment.createdAt().toString());
    optional(payload, "groupId", ticket.groupId());
    optional(payload, "editedAt", comment.editedAt());
    return payload;
  }

  private void record(
      TicketEventType type, Ticket ticket, String actorId, JsonObjectBuilder payload) {
    append(EventEnvelope.of(type.type(), ticket.id(), ticket.version(), actorId, payload.build()));
  }

  /** Into the outbox, in the caller's transaction (a test records instead). */
  void append(EventEnvelope event) {
    outbox.append(em, TicketEventType.TOPIC, event);
  }

  /** The ticket's state as every ticket event carries it. */
  static JsonObjectBuilder state(Ticket ticket) {
    JsonObjectBuilder state =
        Jsons.objectBuilder()
            .add("id", ticket.id())
            .add("number", ticket.number())
            .add("subject", ticket.subject())
            .add("description", ticket.description())
            .add("type", ticket.type().name())
            .add("status", ticket.status().name())
            .add("impact", ticket.impact().name())
            .add("urgency", ticket.urgency().name())
            .add("priority", ticket.priority().name())
            .add("requesterId", ticket.requesterId())
            .add("requesterName", ticket.requesterName())
            .add("createdAt", ticket.createdAt().toString())
            .add("updatedAt", ticket.updatedAt().toString());
    JsonArrayBuilder tags = Jsons.arrayBuilder();
    ticket.tags().forEach(tags::add);
    state.add("tags", tags);
    JsonArrayBuilder watchers = Jsons.arrayBuilder();
    ticket.watcherIds().forEach(watchers::add);
    state.add("watcherIds", watchers);
    JsonObjectBuilder customFields = Jsons.objectBuilder();
    FieldRule.jsonOf(ticket.customFields()).forEach(customFields::add);
    state.add("customFields", customFields);
    optional(state, "categoryId", ticket.categoryId());
    optional(state, "requesterDepartment", ticket.requesterDepartment());
    optional(state, "groupId", ticket.groupId());
    optional(state, "assigneeId", ticket.assigneeId());
    optional(state, "assigneeName", ticket.assigneeName());
    optional(state, "pendingReason", ticket.pendingReason());
    optional(state, "resolution", ticket.resolution());
    optional(state, "resolvedAt", ticket.resolvedAt());
    optional(state, "closedAt", ticket.closedAt());
    return state;
  }

  /** For tests and the schema examples: the state as a JSON object. */
  static JsonObject stateOf(Ticket ticket) {
    return state(ticket).build();
  }

  private static void optional(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Long number) {
      json.add(name, number);
    } else if (value instanceof OffsetDateTime time) {
      json.add(name, time.toString());
    } else if (value instanceof Enum<?> constant) {
      json.add(name, constant.name());
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }
}
