package io.ticketknowledge.ticket.automation.boundary;

/**
 * JSON examples of the trigger resources' OpenAPI annotations (annotation values must be
 * constants). Shapes follow {@link TriggerRequest}, {@link TriggerView} and {@code TimeRuleRun}.
 */
final class AutomationExamples {

  private AutomationExamples() {}

  /** A trigger on new P1 tickets: tag them and tell the group. */
  static final String TRIGGER_REQUEST =
      "{\"name\":\"P1 工單通知群組 Notify group of P1\",\"position\":10,\"active\":true,"
          + "\"event\":\"CREATED\","
          + "\"conditions\":[{\"field\":\"priority\",\"op\":\"is\",\"value\":\"P1\"}],"
          + "\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"urgent\"},"
          + "{\"type\":\"NOTIFY\",\"recipients\":[\"GROUP\",\"ASSIGNEE\"],"
          + "\"text\":\"緊急工單 {{ticket.number}}：{{ticket.subject}}\"}]}";

  /** A time rule: pending on the requester for 7 days, resolve it with a note. */
  static final String TIME_RULE_REQUEST =
      "{\"name\":\"等待回覆 7 天自動解決 Auto-resolve after 7 days\",\"position\":20,"
          + "\"event\":\"TIME\",\"conditions\":["
          + "{\"field\":\"status\",\"op\":\"is\",\"value\":\"PENDING\"},"
          + "{\"field\":\"hoursInStatus\",\"op\":\"atLeast\",\"value\":\"168\"}],"
          + "\"actions\":[{\"type\":\"SET_FIELDS\",\"status\":\"RESOLVED\","
          + "\"resolution\":\"七天未收到回覆，系統自動解決。No reply for 7 days.\"},"
          + "{\"type\":\"ADD_NOTE\",\"text\":\"{{ticket.number}} 已由時間規則解決。\"}]}";

  static final String TRIGGER =
      "{\"id\":7,\"name\":\"P1 工單通知群組 Notify group of P1\",\"position\":10,\"active\":true,"
          + "\"event\":\"CREATED\","
          + "\"conditions\":[{\"field\":\"priority\",\"op\":\"is\",\"value\":\"P1\"}],"
          + "\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"urgent\"},"
          + "{\"type\":\"NOTIFY\",\"recipients\":[\"GROUP\",\"ASSIGNEE\"],"
          + "\"text\":\"緊急工單 {{ticket.number}}：{{ticket.subject}}\"}],"
          + "\"updatedAt\":\"2026-03-02T01:15:00Z\",\"version\":0}";

  static final String TIME_RULE =
      "{\"id\":8,\"name\":\"等待回覆 7 天自動解決 Auto-resolve after 7 days\",\"position\":20,"
          + "\"active\":true,\"event\":\"TIME\",\"conditions\":["
          + "{\"field\":\"status\",\"op\":\"is\",\"value\":\"PENDING\"},"
          + "{\"field\":\"hoursInStatus\",\"op\":\"atLeast\",\"value\":\"168\"}],"
          + "\"actions\":[{\"type\":\"SET_FIELDS\",\"status\":\"RESOLVED\","
          + "\"resolution\":\"七天未收到回覆，系統自動解決。No reply for 7 days.\"},"
          + "{\"type\":\"ADD_NOTE\",\"text\":\"{{ticket.number}} 已由時間規則解決。\"}],"
          + "\"updatedAt\":\"2026-03-03T08:00:00Z\",\"version\":2}";

  static final String TRIGGERS = "[" + TRIGGER + "," + TIME_RULE + "]";

  static final String TIME_RULE_RUN = "{\"acted\":3}";
}
