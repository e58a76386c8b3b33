package io.ticketknowledge.ticket.automation.entity;

import java.util.Arrays;
import java.util.Optional;

/** How a condition compares a ticket fact with its value. */
public enum ConditionOp {
  IS("is"),
  IS_NOT("isNot"),
  /** Text contains the value, case-insensitively (subject, department, assignee, tag). */
  CONTAINS("contains"),
  IS_SET("isSet"),
  IS_NOT_SET("isNotSet"),
  /** Hours: at least the value (a time rule's "pending 7 days" is hoursInStatus atLeast 168). */
  AT_LEAST("atLeast"),
  LESS_THAN("lessThan");

  private final String apiName;

  ConditionOp(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public boolean needsValue() {
    return this != IS_SET && this != IS_NOT_SET;
  }

  public static Optional<ConditionOp> named(String name) {
    return Arrays.stream(values()).filter(o -> o.apiName.equals(name)).findFirst();
  }
}
