package io.ticketknowledge.ticket.tickets.control;

import static io.ticketknowledge.platform.events.contract.EventContractAssertions.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.contract.EventContracts;
import io.ticketknowledge.ticket.comments.entity.Comment;
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
