package io.ticketknowledge.ticket.assignment.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.assignment.entity.AgentAvailability;
import io.ticketknowledge.ticket.assignment.entity.AssignmentMode;
import io.ticketknowledge.ticket.assignment.entity.GroupAssignment;
import io.ticketknowledge.ticket.groups.entity.GroupMember;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts an unassigned ticket of a group on an agent's desk as the group's auto-assignment says, with
 * a history entry that explains the choice. The group's settings row is locked for the pick ({@code
 * SELECT … FOR UPDATE}), so concurrent assignments in one group pick one after another and the
 * round-robin pointer never skips or repeats an agent.
 */
@ApplicationScoped
@Transactional
public class AutoAssigner {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketWorkflow workflow;
  @Inject TicketHistory history;
  @Inject Clock clock;

  /** Whether the group has auto-assignment on (a quick check before locking anything). */
  public boolean enabledFor(Long groupId) {
    if (groupId == null) {
      return false;
    }
    GroupAssignment settings = em.find(GroupAssignment.class, groupId);
    return settings != null && settings.mode() != AssignmentMode.OFF;
  }

  /**
   * Assigns the ticket if it is in a group with auto-assignment, has no assignee and is not done.
   *
   * @return the chosen agent's id; empty when nothing was done or nobody was eligible
   */
  public Optional<String> assign(long ticketId, CurrentUser actor) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null
        || ticket.groupId() == null
        || ticket.assigneeId() != null
        || ticket.status() == TicketStatus.RESOLVED
        || ticket.status() == TicketStatus.CLOSED) {
      return Optional.empty();
    }
    GroupAssignment settings =
        em.find(GroupAssignment.class, ticket.groupId(), LockModeType.PESSIMISTIC_WRITE);
    SupportGroup group = em.find(SupportGroup.class, ticket.groupId());
    if (settings == null || settings.mode() == AssignmentMode.OFF || group == null) {
      return Optional.empty();
    }
    AgentPicker.Pick pick =
        AgentPicker.pick(
            settings.mode(),
            candidates(group.members(), clock.instant()),
            settings.openTicketLimit(),
            settings.lastAssignee());
    history.record(
        ticket.id(),
        actor.id(),
        actor.displayName(),
        "auto-assignment",
        null,
        pick.explanation(),
        false);
    if (pick.chosen().isEmpty()) {
      return Optional.empty();
    }
    String chosen = pick.chosen().get().userId();
    settings.pickedLast(chosen);
    workflow.change(ticket.id(), assigneeOnly(chosen), "\"" + ticket.version() + "\"", actor);
    return Optional.of(chosen);
  }

  private List<AgentPicker.Candidate> candidates(List<GroupMember> members, Instant now) {
    List<String> ids = members.stream().map(GroupMember::userId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, AgentAvailability> availability = new HashMap<>();
    em.createQuery(
            "SELECT a FROM AgentAvailability a WHERE a.userId IN :ids", AgentAvailability.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> availability.put(a.userId(), a));
    Map<String, Long> open = new HashMap<>();
    StringBuilder marks = new StringBuilder();
    for (int i = 1; i <= ids.size(); i++) {
      marks.append(i == 1 ? "?" : ", ?").append(i);
    }
    var query =
        em.createNativeQuery(
            "SELECT assignee_id, count(*) FROM ticket.tickets"
                + " WHERE status IN ('NEW', 'OPEN', 'PENDING') AND assignee_id IN ("
                + marks
                + ") GROUP BY assignee_id");
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    rows.forEach(row -> open.put((String) row[0], ((Number) row[1]).longValue()));
    return members.stream()
        .map(
            m -> {
              AgentAvailability a = availability.get(m.userId());
              return new AgentPicker.Candidate(
                  m.userId(),
                  m.userName(),
                  a == null || a.available(),
                  a == null || a.working(now),
                  open.getOrDefault(m.userId(), 0L));
            })
        .toList();
  }

  private static TicketChanges assigneeOnly(String assigneeId) {
    return new TicketChanges(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        assigneeId,
        null,
        null,
        null,
        null,
        null);
  }
}
