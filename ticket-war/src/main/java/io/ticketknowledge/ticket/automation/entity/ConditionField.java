package io.ticketknowledge.ticket.automation.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The ticket facts a trigger condition may test, by their API names. */
public enum ConditionField {
  STATUS("status", Kind.ENUM),
  PRIORITY("priority", Kind.ENUM),
  TYPE("type", Kind.ENUM),
  GROUP("groupId", Kind.ID),
  ASSIGNEE("assigneeId", Kind.TEXT),
  CATEGORY("categoryId", Kind.ID),
  TAG("tag", Kind.TEXT),
  DEPARTMENT("department", Kind.TEXT),
  SUBJECT("subject", Kind.TEXT),
  ACTOR("actor", Kind.ENUM),
  HOURS_SINCE_CREATED("hoursSinceCreated", Kind.HOURS),
  HOURS_SINCE_UPDATED("hoursSinceUpdated", Kind.HOURS),
  HOURS_IN_STATUS("hoursInStatus", Kind.HOURS);

  /** How values compare, and so which operators apply. */
  public enum Kind {
    ENUM(EnumSet.of(ConditionOp.IS, ConditionOp.IS_NOT)),
    ID(EnumSet.of(ConditionOp.IS, ConditionOp.IS_NOT, ConditionOp.IS_SET, ConditionOp.IS_NOT_SET)),
    TEXT(
        EnumSet.of(
            ConditionOp.IS,
            ConditionOp.IS_NOT,
            ConditionOp.CONTAINS,
            ConditionOp.IS_SET,
            ConditionOp.IS_NOT_SET)),
    HOURS(EnumSet.of(ConditionOp.AT_LEAST, ConditionOp.LESS_THAN));

    final Set<ConditionOp> ops;

    Kind(Set<ConditionOp> ops) {
      this.ops = ops;
    }

    public Set<ConditionOp> ops() {
      return ops;
    }
  }

  private final String apiName;
  private final Kind kind;

  ConditionField(String apiName, Kind kind) {
    this.apiName = apiName;
    this.kind = kind;
  }

  public String apiName() {
    return apiName;
  }

  public Kind kind() {
    return kind;
  }

  public static Optional<ConditionField> named(String name) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
  }

  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(ConditionField::apiName).toList());
  }
}
