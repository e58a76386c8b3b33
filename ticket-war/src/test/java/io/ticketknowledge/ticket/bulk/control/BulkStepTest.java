package io.ticketknowledge.ticket.bulk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.bulk.boundary.BulkChanges;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkStepTest {

  @Test
  void aBulkChangeIsTheSinglePatchOfEachTicket() {
    TicketChanges patch =
        BulkStep.patchFor(
            List.of("vpn", "舊"),
            new BulkChanges(
                TicketStatus.PENDING,
                PendingReason.WAITING_ON_THIRD_PARTY,
                null,
                TicketPriority.P2,
                50L,
                "agent1",
                List.of("VIP"),
                List.of("舊")));
    assertEquals(TicketStatus.PENDING, patch.status());
    assertEquals(PendingReason.WAITING_ON_THIRD_PARTY, patch.pendingReason());
    assertEquals(TicketPriority.P2, patch.priority());
    assertEquals(50L, patch.groupId());
    assertEquals("agent1", patch.assigneeId());
    assertEquals(List.of("vip", "vpn"), patch.tags(), "added, removed, normalized, sorted");
    assertNull(patch.subject());
    assertNull(patch.linkedArticleIds());
  }

  @Test
  void tagsStayUntouchedUnlessAddedOrRemoved() {
    TicketChanges patch =
        BulkStep.patchFor(
            List.of("vpn"),
            new BulkChanges(null, null, null, TicketPriority.P1, null, null, List.of(), null));
    assertNull(patch.tags());
  }

  @Test
  void badTagsAreRefusedLikeOnASingleTicket() {
    assertThrows(
        ApiException.class,
        () ->
            BulkStep.patchFor(
                List.of(),
                new BulkChanges(null, null, null, null, null, null, List.of("no spaces"), null)));
  }

  @Test
  void emptyChangesAreEmpty() {
    assertTrue(new BulkChanges(null, null, null, null, null, null, List.of(), List.of()).isEmpty());
  }
}
