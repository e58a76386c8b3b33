package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.ticket.automation.entity.Cause;
import io.ticketknowledge.ticket.automation.entity.NotifyRecipient;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import io.ticketknowledge.ticket.groups.entity.GroupMember;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.macros.control.Placeholders;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A NOTIFY action: the recipients are resolved to user ids now, and the request is recorded as an
 * internal history entry and a {@code ticket.notification-requested} event, in the trigger's
 * transaction. Sending it (templates, addresses, SMTP) is the email channel's part.
 */
@ApplicationScoped
public class Notifications {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketHistory history;
  @Inject TicketEvents events;
  @Inject Clock clock;

  public void request(
      Ticket ticket,
      TriggerAction action,
      TriggerDefinition trigger,
      Cause cause,
      AutomationActor actor) {
    Map<String, String> recipients = new LinkedHashMap<>(); // user id -> role
    for (NotifyRecipient r : action.recipients()) {
      switch (r) {
        case REQUESTER -> recipients.putIfAbsent(ticket.requesterId(), "requester");
        case ASSIGNEE -> {
          if (ticket.assigneeId() != null) {
            recipients.putIfAbsent(ticket.assigneeId(), "assignee");
          }
        }
        case GROUP -> {
          SupportGroup group =
              ticket.groupId() == null ? null : em.find(SupportGroup.class, ticket.groupId());
          if (group != null) {
            for (GroupMember m : group.members()) {
              recipients.putIfAbsent(m.userId(), "group-member");
            }
          }
        }
      }
    }
    String text =
        Placeholders.fill(
            action.text() == null ? "{{ticket.number}} {{ticket.subject}}" : action.text(),
            Placeholders.of(ticket, actor.displayName()));
    List<String> shown = new ArrayList<>();
    recipients.forEach((user, role) -> shown.add(role + " " + user));
    history.record(
        ticket.id(),
        actor.id(),
        actor.displayName(),
        "notification-requested",
        null,
        (shown.isEmpty() ? "nobody" : String.join(", ", shown)) + ": " + text,
        true);
    events.notificationRequested(
        ticket,
        payload(recipients, text, trigger.id(), trigger.name(), cause.what(), clock.instant()),
        actor.id());
  }

  /**
   * The request part of {@code ticket.notification-requested} (the ticket's id, number … are added
   * by {@link TicketEvents}); {@code recipients} maps user ids to their role.
   */
  public static JsonObject payload(
      Map<String, String> recipients,
      String text,
      long triggerId,
      String triggerName,
      String cause,
      Instant requestedAt) {
    JsonArrayBuilder to = Jsons.arrayBuilder();
    recipients.forEach(
        (user, role) -> to.add(Jsons.objectBuilder().add("userId", user).add("role", role)));
    return Jsons.objectBuilder()
        .add("recipients", to)
        .add("text", text)
        .add("triggerId", triggerId)
        .add("triggerName", triggerName)
        .add("cause", cause)
        .add("requestedAt", requestedAt.toString())
        .build();
  }
}
