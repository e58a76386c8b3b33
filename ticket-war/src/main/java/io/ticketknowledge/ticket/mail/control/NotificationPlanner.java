package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.NotificationKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Who gets a mail about a ticket event, and why — a pure function of the event (its type, payload
 * and actor) and the members of the ticket's group. Rules: nobody is mailed about their own action
 * (except the receipt of the ticket they opened); each person gets at most one mail per event (a
 * mention wins over a reply notification); internal notes never reach the requester (only the
 * agents they mention).
 */
public final class NotificationPlanner {

  /** The event types that mail anyone. */
  public static final Set<String> TYPES =
      Set.of(
          "ticket.opened",
          "ticket.commented",
          "ticket.status-changed",
          "ticket.resolved",
          "ticket.closed",
          "ticket.reopened",
          "ticket.sla-warning");

  private final LongFunction<Set<String>> groupAgents;

  /** {@code groupAgents}: the user ids of a support group's agents. */
  public NotificationPlanner(LongFunction<Set<String>> groupAgents) {
    this.groupAgents = groupAgents;
  }

  /** Recipients (user ids) in order, each with the kind of mail they get. */
  public Map<String, NotificationKind> plan(String type, JsonObject payload, String actorId) {
    Map<String, NotificationKind> recipients = new LinkedHashMap<>();
    String requester = string(payload, "requesterId");
    switch (type) {
      case "ticket.opened" -> {
        recipients.put(requester, NotificationKind.TICKET_OPENED);
        agents(payload)
            .forEach(a -> recipients.putIfAbsent(a, NotificationKind.TICKET_OPENED_AGENT));
      }
      case "ticket.commented" -> {
        JsonValue mentions = payload.get("mentions");
        if (mentions != null && mentions.getValueType() == JsonValue.ValueType.ARRAY) {
          mentions.asJsonArray().stream()
              .filter(JsonString.class::isInstance)
              .map(m -> ((JsonString) m).getString())
              .forEach(m -> recipients.putIfAbsent(m, NotificationKind.MENTION));
        }
        boolean internal = payload.getBoolean("internal", false);
        String author = string(payload, "authorId");
        if (!internal) {
          if (author != null && author.equals(requester)) {
            assigneeOrAgents(payload)
                .forEach(a -> recipients.putIfAbsent(a, NotificationKind.REQUESTER_REPLY));
          } else {
            recipients.putIfAbsent(requester, NotificationKind.PUBLIC_REPLY);
          }
        } else {
          // an internal note: the requester is never told (not even when mentioned by mistake)
          recipients.remove(requester);
        }
      }
      case "ticket.status-changed", "ticket.resolved", "ticket.closed", "ticket.reopened" ->
          recipients.put(requester, NotificationKind.STATUS_CHANGED);
      case "ticket.sla-warning" ->
          assigneeOrAgents(payload).forEach(a -> recipients.put(a, NotificationKind.SLA_WARNING));
      default -> {
        // not a mail
      }
    }
    recipients.remove(null);
    if (recipients.get(actorId) != NotificationKind.TICKET_OPENED) {
      // the one exception: whoever opens a ticket gets its receipt (with the number to quote)
      recipients.remove(actorId);
    }
    return recipients;
  }

  private Set<String> assigneeOrAgents(JsonObject payload) {
    String assignee = string(payload, "assigneeId");
    return assignee != null ? Set.of(assignee) : agents(payload);
  }

  private Set<String> agents(JsonObject payload) {
    JsonValue group = payload.get("groupId");
    if (group == null || group.getValueType() != JsonValue.ValueType.NUMBER) {
      return Set.of();
    }
    return new java.util.TreeSet<>(groupAgents.apply(payload.getJsonNumber("groupId").longValue()));
  }

  private static String string(JsonObject payload, String name) {
    JsonValue value = payload.get(name);
    return value instanceof JsonString text ? text.getString() : null;
  }
}
