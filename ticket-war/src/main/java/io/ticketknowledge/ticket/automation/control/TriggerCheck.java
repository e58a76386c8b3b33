package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.automation.entity.ActorKind;
import io.ticketknowledge.ticket.automation.entity.Condition;
import io.ticketknowledge.ticket.automation.entity.ConditionField;
import io.ticketknowledge.ticket.automation.entity.ConditionOp;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import io.ticketknowledge.ticket.macros.control.Placeholders;
import io.ticketknowledge.ticket.tickets.control.TicketTags;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Turns a trigger's conditions and actions as written into checked ones: an unknown field,
 * operator, status, priority or group, or an action missing what it needs, is a 400 naming it. Pure
 * but for {@code groupExists}.
 */
public final class TriggerCheck {

  private final LongPredicate groupExists;

  public TriggerCheck(LongPredicate groupExists) {
    this.groupExists = groupExists;
  }

  public List<Condition> conditions(TriggerEvent event, List<ConditionTerms> terms) {
    List<Condition> checked = new ArrayList<>();
    for (ConditionTerms t : terms == null ? List.<ConditionTerms>of() : terms) {
      checked.add(condition(t));
    }
    if (event == TriggerEvent.TIME
        && checked.stream().noneMatch(c -> c.field().kind() == ConditionField.Kind.HOURS)) {
      throw bad("automation.time-rule-needs-hours");
    }
    return checked;
  }

  public Condition condition(ConditionTerms terms) {
    ConditionField field =
        ConditionField.named(terms.field())
            .orElseThrow(
                () -> bad("automation.unknown-field", terms.field(), ConditionField.names()));
    ConditionOp op =
        ConditionOp.named(terms.op())
            .filter(field.kind().ops()::contains)
            .orElseThrow(
                () ->
                    bad(
                        "automation.bad-operator",
                        field.apiName(),
                        terms.op(),
                        field.kind().ops().stream()
                            .map(ConditionOp::apiName)
                            .collect(Collectors.joining(", "))));
    String value = terms.value() == null ? null : terms.value().strip();
    if (!op.needsValue()) {
      return new Condition(field, op, null);
    }
    if (value == null || value.isEmpty()) {
      throw bad("automation.bad-value", field.apiName(), "-");
    }
    switch (field) {
      case STATUS -> value = enumValue(field, TicketStatus.class, value);
      case TYPE -> value = enumValue(field, TicketType.class, value);
      case ACTOR -> value = enumValue(field, ActorKind.class, value);
      case PRIORITY ->
          value =
              TicketPriority.parse(value)
                  .orElseThrow(() -> bad("automation.bad-value", field.apiName(), terms.value()))
                  .name();
      case GROUP -> {
        long group = id(field, value);
        if (!groupExists.test(group)) {
          throw bad("ticket.unknown-group", group);
        }
      }
      case CATEGORY -> id(field, value);
      case HOURS_SINCE_CREATED, HOURS_SINCE_UPDATED, HOURS_IN_STATUS -> {
        try {
          double hours = Double.parseDouble(value);
          if (!(hours >= 0 && hours <= 24 * 366 * 10)) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          throw bad("automation.bad-value", field.apiName(), value);
        }
      }
      default -> {}
    }
    return new Condition(field, op, value);
  }

  public List<TriggerAction> actions(List<TriggerAction> actions) {
    if (actions == null || actions.isEmpty()) {
      throw bad("automation.no-actions");
    }
    List<TriggerAction> checked = new ArrayList<>();
    for (TriggerAction a : actions) {
      checked.add(action(a));
    }
    return checked;
  }

  private TriggerAction action(TriggerAction a) {
    switch (a.type()) {
      case SET_FIELDS -> {
        if (a.status() == null
            && a.priority() == null
            && a.groupId() == null
            && a.assigneeId() == null
            && a.tags() == null) {
          throw incomplete(a, "status, priority, groupId, assigneeId or tags");
        }
        if (a.status() == TicketStatus.PENDING && a.pendingReason() == null) {
          throw incomplete(a, "pendingReason");
        }
        if (a.status() == TicketStatus.RESOLVED
            && (a.resolution() == null || a.resolution().isBlank())) {
          throw incomplete(a, "resolution");
        }
        if (a.groupId() != null && !groupExists.test(a.groupId())) {
          throw bad("ticket.unknown-group", a.groupId());
        }
        if (a.tags() != null) {
          TicketTags.normalized(a.tags());
        }
      }
      case ASSIGN -> {
        boolean auto = Boolean.TRUE.equals(a.auto());
        boolean named = a.assigneeId() != null && !a.assigneeId().isBlank();
        if (auto == named) {
          throw incomplete(a, "assigneeId or auto (one of them)");
        }
      }
      case ADD_TAG -> {
        if (a.tag() == null) {
          throw incomplete(a, "tag");
        }
        TicketTags.normalized(List.of(a.tag()));
      }
      case ADD_NOTE -> {
        if (a.text() == null || a.text().isBlank()) {
          throw incomplete(a, "text");
        }
        Placeholders.check("text", a.text());
      }
      case NOTIFY -> {
        if (a.recipients() == null || a.recipients().isEmpty()) {
          throw incomplete(a, "recipients");
        }
        Placeholders.check("text", a.text());
      }
      case WEBHOOK -> throw bad("automation.webhook-not-available");
    }
    return a;
  }

  private static <E extends Enum<E>> String enumValue(
      ConditionField field, Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value).name();
    } catch (IllegalArgumentException e) {
      throw bad("automation.bad-value", field.apiName(), value);
    }
  }

  private static long id(ConditionField field, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw bad("automation.bad-value", field.apiName(), value);
    }
  }

  private static ApiException incomplete(TriggerAction action, String needs) {
    return bad("automation.action-incomplete", action.type().name(), needs);
  }

  private static ApiException bad(String key, Object... args) {
    return new ApiException(ProblemKind.BAD_REQUEST, key, args);
  }
}
