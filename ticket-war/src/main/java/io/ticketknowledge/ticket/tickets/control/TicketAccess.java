package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * THE visibility rule of tickets, in one place for single reads ({@link #canSee}), lists ({@link
 * #jpqlCondition}) and search ({@link #accessKeys}, the search permissions):
 *
 * <ul>
 *   <li>admins see every ticket;
 *   <li>agents see the tickets of their support groups, the tickets assigned to them, and tickets
 *       in no group yet (the triage queue every agent works from);
 *   <li>everyone sees the tickets they requested and the ones they watch.
 * </ul>
 *
 * A ticket the caller may not see is reported as not found, so its existence does not leak.
 */
public final class TicketAccess {

  /** Access keys of a ticket, indexed with it: the facts the rule is evaluated on. */
  public static final String NO_GROUP = "group:none";

  /** JPQL: the viewer watches ticket {@code t}. */
  private static final String WATCHED =
      "t.id IN (SELECT w.id FROM Ticket w JOIN w.watcherIds watcher WHERE watcher = :viewer)";

  private TicketAccess() {}

  public static boolean canSee(TicketViewer viewer, Ticket ticket) {
    return roleOn(viewer, ticket).isPresent();
  }

  /** The part the viewer plays on the ticket, or empty when they may not see it at all. */
  public static Optional<TicketRole> roleOn(TicketViewer viewer, Ticket ticket) {
    if (viewer.admin()) {
      return Optional.of(TicketRole.AGENT);
    }
    if (viewer.agent()
        && (ticket.groupId() == null
            || viewer.groupIds().contains(ticket.groupId())
            || viewer.userId().equals(ticket.assigneeId()))) {
      return Optional.of(TicketRole.AGENT);
    }
    if (viewer.userId() != null && ticket.isRequestedBy(viewer.userId())) {
      return Optional.of(TicketRole.REQUESTER);
    }
    if (ticket.isWatchedBy(viewer.userId())) {
      return Optional.of(TicketRole.WATCHER);
    }
    return Optional.empty();
  }

  /** The keys a ticket carries in the index ({@code access} field). */
  public static Set<String> keysOf(String requesterId, Long groupId, String assigneeId) {
    return keysOf(requesterId, groupId, assigneeId, List.of());
  }

  public static Set<String> keysOf(
      String requesterId, Long groupId, String assigneeId, List<String> watcherIds) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("requester:" + requesterId);
    keys.add(groupId == null ? NO_GROUP : "group:" + groupId);
    if (assigneeId != null) {
      keys.add("assignee:" + assigneeId);
    }
    watcherIds.forEach(watcher -> keys.add("watcher:" + watcher));
    return keys;
  }

  /**
   * The keys of which a ticket must carry at least one to be visible; empty when the viewer sees
   * every ticket (admins).
   */
  public static Optional<Set<String>> accessKeys(TicketViewer viewer) {
    if (viewer.admin()) {
      return Optional.empty();
    }
    Set<String> keys = new LinkedHashSet<>();
    if (viewer.userId() == null || viewer.userId().isBlank()) {
      return Optional.of(keys); // no id, no tickets
    }
    keys.add("requester:" + viewer.userId());
    keys.add("watcher:" + viewer.userId());
    if (viewer.agent()) {
      keys.add("assignee:" + viewer.userId());
      keys.add(NO_GROUP);
      viewer.groupIds().forEach(group -> keys.add("group:" + group));
    }
    return Optional.of(keys);
  }

  /**
   * The keys of which a ticket must carry one for a non-admin viewer to be its agent ({@link
   * #roleOn} AGENT: internal notes); empty for a viewer without the agent role.
   */
  public static Set<String> agentKeys(TicketViewer viewer) {
    Set<String> keys = new LinkedHashSet<>();
    if (viewer.agent() && viewer.userId() != null && !viewer.userId().isBlank()) {
      keys.add("assignee:" + viewer.userId());
      keys.add(NO_GROUP);
      viewer.groupIds().forEach(group -> keys.add("group:" + group));
    }
    return keys;
  }

  /**
   * The rule as a JPQL condition on alias {@code t}, with its parameters bound by {@link #bind};
   * null when the viewer sees every ticket.
   */
  public static String jpqlCondition(TicketViewer viewer) {
    if (viewer.admin()) {
      return null;
    }
    if (!viewer.agent()) {
      return "(t.requesterId = :viewer OR " + WATCHED + ")";
    }
    return "(t.requesterId = :viewer OR "
        + WATCHED
        + " OR t.assigneeId = :viewer OR t.groupId IS NULL"
        + (viewer.groupIds().isEmpty() ? "" : " OR t.groupId IN :viewerGroups")
        + ")";
  }

  public static void bind(jakarta.persistence.Query query, TicketViewer viewer) {
    if (viewer.admin()) {
      return;
    }
    query.setParameter("viewer", viewer.userId() == null ? "" : viewer.userId());
    if (viewer.agent() && !viewer.groupIds().isEmpty()) {
      query.setParameter("viewerGroups", viewer.groupIds());
    }
  }
}
