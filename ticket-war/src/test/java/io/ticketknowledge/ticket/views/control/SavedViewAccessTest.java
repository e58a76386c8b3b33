package io.ticketknowledge.ticket.views.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.views.entity.SavedView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SavedViewAccessTest {

  private static final TicketViewer OWNER = new TicketViewer("agent1", false, true, Set.of(50L));
  private static final TicketViewer GROUP_MATE =
      new TicketViewer("agent2", false, true, Set.of(50L));
  private static final TicketViewer OTHER_AGENT =
      new TicketViewer("agent3", false, true, Set.of(60L));
  private static final TicketViewer REQUESTER = TicketViewer.requester("requester1");
  private static final TicketViewer ADMIN = new TicketViewer("admin1", true, true, Set.of());

  @Test
  void personalViewsAreTheirOwnersOnly() {
    SavedView view = view(false, null);
    assertTrue(SavedViewAccess.canSee(OWNER, view));
    assertTrue(SavedViewAccess.canChange(OWNER, view));
    for (TicketViewer other : List.of(GROUP_MATE, OTHER_AGENT, REQUESTER, ADMIN)) {
      assertFalse(SavedViewAccess.canSee(other, view), other.userId());
      assertFalse(SavedViewAccess.canChange(other, view), other.userId());
    }
  }

  @Test
  void viewsSharedWithAGroupAreSeenByItsAgentsAndManagedByAdmins() {
    SavedView view = view(true, 50L);
    assertTrue(SavedViewAccess.canSee(GROUP_MATE, view));
    assertFalse(SavedViewAccess.canChange(GROUP_MATE, view));
    assertFalse(SavedViewAccess.canSee(OTHER_AGENT, view));
    assertFalse(SavedViewAccess.canSee(REQUESTER, view));
    assertTrue(SavedViewAccess.canSee(ADMIN, view));
    assertTrue(SavedViewAccess.canChange(ADMIN, view));
  }

  @Test
  void viewsSharedWithEveryoneAreSeenByEveryAgentNotByRequesters() {
    SavedView view = view(true, null);
    assertTrue(SavedViewAccess.canSee(OTHER_AGENT, view));
    assertFalse(SavedViewAccess.canSee(REQUESTER, view));
  }

  @Test
  void paginationParametersDoNotBelongInAView() {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("status", "OPEN");
    assertEquals(Map.of("status", List.of("OPEN")), SavedViews.filterParameters(filter));
    filter.put("cursor", "abc");
    assertThrows(ApiException.class, () -> SavedViews.filterParameters(filter));
  }

  private static SavedView view(boolean shared, Long group) {
    SavedView view = new SavedView("agent1");
    view.define("v", shared, group, "status=OPEN", "-id");
    return view;
  }
}
