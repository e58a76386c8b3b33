package io.ticketknowledge.ticket.tickets.control;

import static io.ticketknowledge.platform.events.contract.EventContractAssertions.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.contract.EventContracts;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.sla.control.SlaNotices;
import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Producer side of the event contracts: every event {@link TicketEvents} emits, of every type,
 * follows its published schema (docs/events/schemas), and every type is published.
 */
class TicketEventsContractTest {

  /** TicketEvents without an outbox: what it would append. */
  static final class Recorded extends TicketEvents {
    final List<EventEnvelope> events = new ArrayList<>();

    @Override
    void append(EventEnvelope event) {
      events.add(event);
    }
  }

  @Test
  void everyEventThisModuleEmitsFollowsItsSchema() throws Exception {
    Recorded recorded = new Recorded();
    Ticket ticket =
        Ticket.open(
            "TK-2026-000123",
            "印表機無法連線",
            "三樓印表機無法列印，重新開機後仍然失敗。",
            TicketType.INCIDENT,
            7L,
            Level.HIGH,
            Level.MEDIUM,
            "requester1",
            "王小明",
            "財務部");
    set(ticket, "id", 1042L);
    set(ticket, "version", 1L);
    recorded.opened(ticket, "requester1");
    ticket.tag(Set.of("printer", "三樓"));
    recorded.changed(ticket, "agent1");
    ticket.assignTo(3L, "agent1", "陳志豪");
    recorded.assigned(ticket, null, null, "agent1");
    ticket.moveTo(TicketStatus.OPEN, null, null);
    recorded.statusChanged(ticket, TicketStatus.NEW, "agent1");
    ticket.moveTo(TicketStatus.PENDING, PendingReason.WAITING_ON_REQUESTER, null);
    recorded.statusChanged(ticket, TicketStatus.OPEN, "agent1");
    ticket.watch("requester2");
    recorded.watchersChanged(ticket, "requester1");
    Comment reply = new Comment(1042L, "agent1", "陳志豪", "請問印表機型號？@agent2", false, Set.of("agent2"));
    set(reply, "id", 55L);
    recorded.commented(ticket, reply, "agent1");
    Comment note = new Comment(1042L, "agent1", "陳志豪", "內部：驅動程式需更新", true, Set.of());
    set(note, "id", 56L);
    recorded.commented(ticket, note, "agent1");
    note.edit("內部：驅動程式需更新到 5.2 版");
    recorded.commentEdited(ticket, note, "agent1");
    recorded.attachmentAdded(
        ticket,
        new TicketAttachment(
            1042L,
            null,
            false,
            "2026/03/02/3f0c6b1e-9d2a-4c4e-8f1a-2b7d5e9c0a11",
            "印表機錯誤畫面.png",
            "image/png",
            48213,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "requester1",
            "王小明"),
        "requester1");
    recorded.attachmentAdded(
        ticket,
        new TicketAttachment(
            1042L,
            56L,
            true,
            "2026/03/02/0b9e2f4d-7c1a-4e3b-9a8d-5f6e7d8c9b0a",
            "driver-log.txt",
            "text/plain",
            1024,
            "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
            "agent1",
            "陳志豪"),
        "agent1");
    ticket.moveTo(TicketStatus.RESOLVED, null, "已更新驅動程式。");
    recorded.resolved(ticket, TicketStatus.PENDING, "agent1");
    ticket.linkArticles(Set.of(101L, 102L));
    recorded.resolved(ticket, TicketStatus.PENDING, "agent1", true);
    Ticket other =
        Ticket.open(
            "TK-2026-000124",
            "印表機無法列印",
            "同一台印表機。",
            TicketType.INCIDENT,
            null,
            Level.LOW,
            Level.LOW,
            "requester2",
            "李淑芬",
            null);
    set(other, "id", 1043L);
    set(other, "version", 1L);
    recorded.linked(ticket, 50L, "DUPLICATED_BY", other, "agent1");
    recorded.unlinked(ticket, 50L, "DUPLICATED_BY", other, "agent1");
    other.moveTo(TicketStatus.CLOSED, null, null);
    recorded.merged(other, ticket, 2, "agent1");
    ticket.moveTo(TicketStatus.OPEN, null, null);
    recorded.reopened(ticket, TicketStatus.RESOLVED, "requester1");
    ticket.moveTo(TicketStatus.RESOLVED, null, "更換碳粉匣。");
    ticket.moveTo(TicketStatus.CLOSED, null, null);
    recorded.closed(ticket, TicketStatus.RESOLVED, "system");
    SlaEntry warning =
        new SlaEntry(
            java.time.Instant.parse("2026-03-02T02:48:00Z"),
            SlaMetric.FIRST_RESPONSE,
            SlaEntry.Kind.WARNING,
            java.time.Duration.ofMinutes(48),
            java.time.Duration.ofHours(1),
            "P1 事件");
    recorded.slaCrossed(
        ticket, TicketEventType.SLA_WARNING, SlaNotices.payload(warning, 1, true, null), "system");
    SlaEntry breach =
        new SlaEntry(
            java.time.Instant.parse("2026-03-02T03:00:00Z"),
            SlaMetric.FIRST_RESPONSE,
            SlaEntry.Kind.BREACHED,
            java.time.Duration.ofHours(1),
            java.time.Duration.ofHours(1),
            "P1 事件");
    recorded.slaCrossed(
        ticket, TicketEventType.SLA_BREACHED, SlaNotices.payload(breach, 1, true, 5L), "system");
    recorded.satisfactionRated(
        ticket,
        "GOOD",
        "很快就修好了",
        java.time.OffsetDateTime.parse("2026-03-02T08:15:00Z"),
        java.time.OffsetDateTime.parse("2026-03-02T09:00:00Z"),
        "requester1");
    recorded.satisfactionRated(
        other,
        "BAD",
        null,
        java.time.OffsetDateTime.parse("2026-03-02T08:15:00Z"),
        java.time.OffsetDateTime.parse("2026-03-03T09:00:00Z"),
        "requester2");
    java.util.Map<String, String> recipients = new java.util.LinkedHashMap<>();
    recipients.put("agent1", "assignee");
    recipients.put("agent2", "group-member");
    recorded.notificationRequested(
        ticket,
        io.ticketknowledge.ticket.automation.control.Notifications.payload(
            recipients,
            ticket.number() + " 已超過解決時限",
            7,
            "SLA 違約升級",
            "ticket.sla-breached",
            java.time.Instant.parse("2026-03-02T03:00:01Z")),
        "trigger:7:1");

    Set<TicketEventType> covered = EnumSet.noneOf(TicketEventType.class);
    List<String> problems = new ArrayList<>();
    for (EventEnvelope event : recorded.events) {
      violations(event).forEach(v -> problems.add(event.type() + ": " + v));
      covered.add(TicketEventType.of(event).orElseThrow());
    }
    assertEquals(List.of(), problems);
    assertEquals(
        EnumSet.allOf(TicketEventType.class),
        covered,
        "a new TicketEventType needs its events in this test");
  }

  @Test
  void everyTypeThisModuleEmitsIsPublishedInTheAsyncApiDocument() {
    Set<String> emitted =
        EnumSet.allOf(TicketEventType.class).stream()
            .map(t -> t.type().key())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> published =
        EventContracts.declaredTypes().stream()
            .filter(t -> t.name().startsWith("ticket."))
            .map(EventType::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(published, emitted, "docs/events/asyncapi.yaml vs TicketEventType");
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
