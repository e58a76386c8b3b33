package io.ticketknowledge.ticket.customfields.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.customfields.entity.CustomField;
import io.ticketknowledge.ticket.customfields.entity.FieldValue;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets the custom field values a ticket is opened or patched with, in the caller's transaction:
 * each key must name an active field of the ticket's type (400), requesters may set only fields
 * flagged requester-editable (403 naming the field: no mass assignment), each value must pass the
 * field's rules (400 naming the field), and every change is in the history as {@code field:<key>}.
 */
@ApplicationScoped
public class TicketFieldValues {

  @Inject CustomFields fields;
  @Inject TicketHistory history;

  /**
   * Applies {@code values} (may be null) to {@code ticket}; when {@code opening}, required fields
   * the caller may fill must be there. Returns whether anything changed.
   */
  public boolean apply(
      Ticket ticket,
      Map<String, JsonValue> values,
      TicketRole role,
      CurrentUser user,
      boolean opening) {
    Map<String, CustomField> active = fields.activeFor(ticket.type());
    Map<String, JsonValue> given = values == null ? Map.of() : values;
    for (String key : given.keySet()) {
      CustomField field = active.get(key);
      if (field == null) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST, "customfield.unknown", key, ticket.type().name());
      }
      if (role != TicketRole.AGENT && !field.requesterEditable()) {
        throw new ApiException(
            ProblemKind.FORBIDDEN, "ticket.field-reserved", "customFields." + key);
      }
    }
    if (opening) {
      for (CustomField field : active.values()) {
        boolean mayFill = role == TicketRole.AGENT || field.requesterEditable();
        if (mayFill && !given.containsKey(field.key())) {
          field.rule().requireGiven();
        }
      }
    }
    boolean changed = false;
    Map<String, List<FieldValue>> before = ticket.customFields();
    for (Map.Entry<String, JsonValue> entry : given.entrySet()) {
      CustomField field = active.get(entry.getKey());
      List<String> after = field.rule().canonical(entry.getValue());
      List<String> was =
          before.getOrDefault(field.key(), List.of()).stream().map(FieldValue::value).toList();
      if (!Objects.equals(sorted(was), sorted(after))) {
        ticket.setCustomField(field.key(), field.type(), after);
        if (ticket.id() != null) {
          history.record(ticket.id(), user, "field:" + field.key(), text(was), text(after));
        }
        changed = true;
      }
    }
    return changed;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private static String text(List<String> values) {
    return values.isEmpty() ? null : String.join(", ", values);
  }
}
