package io.ticketknowledge.ticket.automation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.automation.entity.ActionType;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.NotifyRecipient;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an admin may not save: each is a 400 naming the problem. */
class TriggerCheckTest {

  private final TriggerCheck check = new TriggerCheck(group -> group == 3);

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
    "colour, is, red, automation.unknown-field",
    "status, contains, PEN, automation.bad-operator",
    "status, is, ARCHIVED, automation.bad-value",
    "status, is, , automation.bad-value",
    "priority, is, P9, automation.bad-value",
    "groupId, is, 99, ticket.unknown-group",
    "groupId, is, three, automation.bad-value",
    "actor, is, ROBOT, automation.bad-value",
    "hoursInStatus, atLeast, -1, automation.bad-value",
    "hoursInStatus, atLeast, soon, automation.bad-value",
    "hoursInStatus, is, 3, automation.bad-operator",
    "tag, atLeast, 3, automation.bad-operator",
  })
  void aBadConditionIsRefused(String field, String op, String value, String key) {
    refused(key, () -> check.condition(new ConditionTerms(field, op, value)));
  }

  @Test
  void aTimeRuleNeedsAnHoursCondition() {
    refused(
        "automation.time-rule-needs-hours",
        () ->
            check.conditions(
                TriggerEvent.TIME, List.of(new ConditionTerms("status", "is", "PENDING"))));
  }

  @Test
  void badActionsAreRefused() {
    refused("automation.no-actions", () -> check.actions(List.of()));
    refused(
        "automation.action-incomplete",
        () -> check.actions(List.of(action(ActionType.SET_FIELDS))));
    refused(
        "automation.action-incomplete",
        () ->
            check.actions(
                List.of(
                    new TriggerAction(
                        ActionType.SET_FIELDS,
                        TicketStatus.RESOLVED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))));
    refused(
        "ticket.unknown-group",
        () ->
            check.actions(
                List.of(
                    new TriggerAction(
                        ActionType.SET_FIELDS,
                        null,
                        null,
                        null,
                        null,
                        99L,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))));
    refused(
        "automation.action-incomplete", () -> check.actions(List.of(action(ActionType.ASSIGN))));
    refused(
        "automation.action-incomplete", () -> check.actions(List.of(action(ActionType.ADD_TAG))));
    refused("ticket.invalid-tag", () -> check.actions(List.of(tag("no spaces allowed"))));
    refused(
        "automation.action-incomplete", () -> check.actions(List.of(action(ActionType.ADD_NOTE))));
    refused(
        "automation.action-incomplete", () -> check.actions(List.of(action(ActionType.NOTIFY))));
    refused(
        "macro.unknown-placeholder",
        () ->
            check.actions(
                List.of(
                    new TriggerAction(
                        ActionType.ADD_NOTE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "{{ticket.owner}}",
                        null,
                        null))));
    refused(
        "automation.webhook-not-available",
        () -> check.actions(List.of(action(ActionType.WEBHOOK))));
  }

  @Test
  void goodActionsPass() {
    List<TriggerAction> actions =
        List.of(
            tag("vip"),
            new TriggerAction(
                ActionType.NOTIFY,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "{{ticket.number}} 逾期",
                List.of(NotifyRecipient.GROUP),
                null),
            new TriggerAction(
                ActionType.ASSIGN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true));
    assertEquals(actions, check.actions(actions));
  }

  private static TriggerAction action(ActionType type) {
    return new TriggerAction(
        type, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static TriggerAction tag(String tag) {
    return new TriggerAction(
        ActionType.ADD_TAG, null, null, null, null, null, null, null, tag, null, null, null);
  }

  private static void refused(String key, Executable call) {
    ApiException e = assertThrows(ApiException.class, call);
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
    assertEquals(key, e.detailKey());
  }
}
