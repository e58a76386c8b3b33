package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ticketknowledge.ticket.mail.entity.NotificationKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

  private final NotificationPlanner planner =
      new NotificationPlanner(group -> group == 50 ? Set.of("agent1", "admin1") : Set.of());

  private static JsonObjectBuilder ticket() {
    return Json.createObjectBuilder()
        .add("id", 7)
        .add("number", "TK-2026-000007")
        .add("requesterId", "requester1")
        .add("groupId", 50);
  }

  private static JsonObject comment(String author, boolean internal, String... mentions) {
    var list = Json.createArrayBuilder();
    for (String mention : mentions) {
      list.add(mention);
    }
    return ticket()
        .add("authorId", author)
        .add("internal", internal)
        .add("mentions", list)
        .add("body", "x")
        .build();
  }

  @Test
  void aNewTicketMailsItsRequesterAndTheGroupsAgents() {
    assertEquals(
        Map.of(
            "requester1", NotificationKind.TICKET_OPENED,
            "agent1", NotificationKind.TICKET_OPENED_AGENT,
            "admin1", NotificationKind.TICKET_OPENED_AGENT),
        planner.plan("ticket.opened", ticket().build(), "requester1"));
  }

  @Test
  void nobodyIsMailedAboutTheirOwnAction() {
    Map<String, NotificationKind> plan = planner.plan("ticket.opened", ticket().build(), "agent1");
    assertFalse(plan.containsKey("agent1"));
    assertEquals(NotificationKind.TICKET_OPENED, plan.get("requester1"));
    assertFalse(
        planner
            .plan("ticket.commented", comment("agent1", false, "agent1"), "agent1")
            .containsKey("agent1"));
  }

  @Test
  void anAgentsPublicReplyMailsTheRequester() {
    assertEquals(
        Map.of("requester1", NotificationKind.PUBLIC_REPLY),
        planner.plan("ticket.commented", comment("agent1", false), "agent1"));
  }

  @Test
  void anInternalNoteNeverMailsTheRequesterEvenWhenMentioned() {
    Map<String, NotificationKind> plan =
        planner.plan("ticket.commented", comment("agent1", true, "admin1", "requester1"), "agent1");
    assertEquals(Map.of("admin1", NotificationKind.MENTION), plan);
  }

  @Test
  void theRequestersReplyGoesToTheAssigneeElseTheGroup() {
    assertEquals(
        Map.of(
            "agent1", NotificationKind.REQUESTER_REPLY, "admin1", NotificationKind.REQUESTER_REPLY),
        planner.plan("ticket.commented", comment("requester1", false), "requester1"));
    JsonObject assigned =
        Json.createObjectBuilder(comment("requester1", false)).add("assigneeId", "agent1").build();
    assertEquals(
        Map.of("agent1", NotificationKind.REQUESTER_REPLY),
        planner.plan("ticket.commented", assigned, "requester1"));
  }

  @Test
  void aMentionWinsOverTheReplyNotification() {
    Map<String, NotificationKind> plan =
        planner.plan("ticket.commented", comment("agent1", false, "requester1"), "agent1");
    assertEquals(Map.of("requester1", NotificationKind.MENTION), plan);
  }

  @Test
  void statusMovesMailTheRequesterUnlessTheyMadeThem() {
    assertEquals(
        Map.of("requester1", NotificationKind.STATUS_CHANGED),
        planner.plan("ticket.resolved", ticket().build(), "agent1"));
    assertEquals(Map.of(), planner.plan("ticket.closed", ticket().build(), "requester1"));
  }

  @Test
  void anSlaWarningMailsTheAssigneeOrTheGroup() {
    assertEquals(
        Set.of("agent1", "admin1"),
        planner.plan("ticket.sla-warning", ticket().build(), "system").keySet());
    assertEquals(
        Map.of("agent1", NotificationKind.SLA_WARNING),
        planner.plan("ticket.sla-warning", ticket().add("assigneeId", "agent1").build(), "system"));
  }

  @Test
  void otherEventsMailNobody() {
    assertEquals(Map.of(), planner.plan("ticket.changed", ticket().build(), "agent1"));
    assertEquals(Map.of(), planner.plan("ticket.opened", Json.createObjectBuilder().build(), "x"));
  }
}
