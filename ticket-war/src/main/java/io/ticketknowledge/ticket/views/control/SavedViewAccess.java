package io.ticketknowledge.ticket.views.control;

import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.views.entity.SavedView;

/**
 * Who sees and who changes a saved view. Personal views: their owner only. Shared views: seen by
 * agents of the group they are shared with (or every agent when shared with everyone) and by
 * admins; changed by their owner and by admins (who manage shared views). A view the caller may not
 * see is reported as not found.
 */
public final class SavedViewAccess {

  private SavedViewAccess() {}

  public static boolean canSee(TicketViewer viewer, SavedView view) {
    if (view.isOwnedBy(viewer.userId()) || (view.shared() && viewer.admin())) {
      return true;
    }
    return view.shared()
        && viewer.agent()
        && (view.groupId() == null || viewer.groupIds().contains(view.groupId()));
  }

  public static boolean canChange(TicketViewer viewer, SavedView view) {
    return view.isOwnedBy(viewer.userId()) || (view.shared() && viewer.admin());
  }

  /**
   * The JPQL condition (alias {@code v}) of {@link #canSee}, parameters {@code me}, {@code groups}.
   */
  static String jpqlCondition(TicketViewer viewer) {
    if (viewer.admin()) {
      return "(v.ownerId = :me OR v.shared = TRUE)";
    }
    if (!viewer.agent()) {
      return "v.ownerId = :me";
    }
    return "(v.ownerId = :me OR (v.shared = TRUE AND (v.groupId IS NULL"
        + (viewer.groupIds().isEmpty() ? "" : " OR v.groupId IN :groups")
        + ")))";
  }
}
