package io.ticketknowledge.ticket.merge.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MergeRulesTest {

  private final Map<Long, Long> merged = new HashMap<>();

  @ParameterizedTest
  @EnumSource(
      value = TicketStatus.class,
      names = {"CLOSED"},
      mode = EnumSource.Mode.EXCLUDE)
  void ticketsThatAreStillWorkedMerge(TicketStatus status) {
    assertDoesNotThrow(() -> MergeRules.check(1, status, 2, status, merged::get));
  }

  @Test
  void notIntoItself() {
    refused(
        1, TicketStatus.OPEN, 1, TicketStatus.OPEN, ProblemKind.BAD_REQUEST, "ticket.merge-self");
  }

  @Test
  void notAClosedOrMergedSource() {
    refused(
        1,
        TicketStatus.CLOSED,
        2,
        TicketStatus.OPEN,
        ProblemKind.CONFLICT,
        "ticket.merge-source-closed");
    merged.put(1L, 3L);
    refused(
        1,
        TicketStatus.OPEN,
        2,
        TicketStatus.OPEN,
        ProblemKind.CONFLICT,
        "ticket.merge-source-closed");
  }

  @Test
  void notIntoAClosedOrMergedTarget() {
    refused(
        1,
        TicketStatus.OPEN,
        2,
        TicketStatus.CLOSED,
        ProblemKind.CONFLICT,
        "ticket.merge-target-closed");
    merged.put(2L, 3L);
    refused(
        1,
        TicketStatus.OPEN,
        2,
        TicketStatus.OPEN,
        ProblemKind.CONFLICT,
        "ticket.merge-target-closed");
  }

  @Test
  void mergingBackIsACycle() {
    merged.put(1L, 2L); // 1 was merged into 2 (and closed)
    refused(
        2, TicketStatus.OPEN, 1, TicketStatus.CLOSED, ProblemKind.CONFLICT, "ticket.merge-cycle");
    merged.put(2L, 3L); // and 2 into 3: 3 into 1 leads back along the chain
    refused(
        3, TicketStatus.OPEN, 1, TicketStatus.CLOSED, ProblemKind.CONFLICT, "ticket.merge-cycle");
    // into 1 from an unrelated ticket: 1 is merged elsewhere, not a cycle
    refused(
        7,
        TicketStatus.OPEN,
        1,
        TicketStatus.CLOSED,
        ProblemKind.CONFLICT,
        "ticket.merge-target-closed");
  }

  private void refused(
      long source,
      TicketStatus sourceStatus,
      long target,
      TicketStatus targetStatus,
      ProblemKind kind,
      String key) {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> MergeRules.check(source, sourceStatus, target, targetStatus, merged::get));
    assertEquals(kind, e.kind());
    assertEquals(key, e.detailKey());
  }
}
