package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.ticket.automation.entity.Condition;
import io.ticketknowledge.ticket.automation.entity.ConditionOp;
import io.ticketknowledge.ticket.automation.entity.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Evaluates a trigger's conditions (all must hold) against a ticket snapshot; pure. */
public final class Conditions {

  private Conditions() {}

  public static boolean all(List<Condition> conditions, TicketSnapshot ticket) {
    return conditions.stream().allMatch(c -> holds(c, ticket));
  }

  public static boolean holds(Condition condition, TicketSnapshot t) {
    ConditionOp op = condition.op();
    String value = condition.value();
    return switch (condition.field()) {
      case STATUS -> same(op, name(t.status()), value);
      case PRIORITY -> same(op, name(t.priority()), value);
      case TYPE -> same(op, name(t.type()), value);
      case ACTOR -> same(op, name(t.actor()), value);
      case GROUP -> text(op, t.groupId() == null ? null : t.groupId().toString(), value);
      case CATEGORY -> text(op, t.categoryId() == null ? null : t.categoryId().toString(), value);
      case ASSIGNEE -> text(op, t.assigneeId(), value);
      case DEPARTMENT -> text(op, t.department(), value);
      case SUBJECT -> text(op, t.subject(), value);
      case TAG -> tag(op, t, value);
      case HOURS_SINCE_CREATED -> hours(op, t.createdAt(), t.now(), value);
      case HOURS_SINCE_UPDATED -> hours(op, t.updatedAt(), t.now(), value);
      case HOURS_IN_STATUS -> hours(op, t.statusSince(), t.now(), value);
    };
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static boolean same(ConditionOp op, String actual, String value) {
    boolean equal = Objects.equals(actual, value);
    return op == ConditionOp.IS_NOT ? !equal : equal;
  }

  private static boolean text(ConditionOp op, String actual, String value) {
    return switch (op) {
      case IS -> actual != null && actual.equalsIgnoreCase(value);
      case IS_NOT -> actual == null || !actual.equalsIgnoreCase(value);
      case CONTAINS -> actual != null && lower(actual).contains(lower(value));
      case IS_SET -> actual != null && !actual.isBlank();
      case IS_NOT_SET -> actual == null || actual.isBlank();
      default -> false;
    };
  }

  private static boolean tag(ConditionOp op, TicketSnapshot t, String value) {
    return switch (op) {
      case IS -> t.tags().contains(lower(value));
      case IS_NOT -> !t.tags().contains(lower(value));
      case CONTAINS -> t.tags().stream().anyMatch(tag -> tag.contains(lower(value)));
      case IS_SET -> !t.tags().isEmpty();
      case IS_NOT_SET -> t.tags().isEmpty();
      default -> false;
    };
  }

  /** Whole and fractional hours between {@code since} and {@code now}. */
  private static boolean hours(ConditionOp op, Instant since, Instant now, String value) {
    if (since == null) {
      return false;
    }
    double elapsed = Duration.between(since, now).toMillis() / 3_600_000.0;
    double limit = Double.parseDouble(value);
    return op == ConditionOp.AT_LEAST ? elapsed >= limit : elapsed < limit;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
