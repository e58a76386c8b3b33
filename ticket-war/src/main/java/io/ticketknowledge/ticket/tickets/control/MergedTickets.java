package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * A ticket merged into another is finished for good: its conversation, watchers and files live on
 * in the target. Reopening it (CLOSED → OPEN is otherwise an agent's move), any other change, a
 * comment or a file would start a second, empty thread beside the target's, so each is refused with
 * a 409 naming the target.
 */
@ApplicationScoped
public class MergedTickets {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /**
   * @throws ApiException CONFLICT {@code ticket.merged-unchangeable} when the ticket was merged
   */
  public void refuseChanges(Ticket ticket) {
    targetNumber(ticket.id())
        .ifPresent(
            target -> {
              throw new ApiException(
                  ProblemKind.CONFLICT, "ticket.merged-unchangeable", ticket.number(), target);
            });
  }

  /** The number of the ticket {@code ticketId} was merged into, if it was. */
  public Optional<String> targetNumber(long ticketId) {
    @SuppressWarnings("unchecked")
    List<Object> numbers =
        em.createNativeQuery(
                "SELECT t.ticket_number FROM ticket.ticket_merges m"
                    + " JOIN ticket.tickets t ON t.id = m.target_id WHERE m.source_id = ?")
            .setParameter(1, ticketId)
            .getResultList();
    return numbers.stream().findFirst().map(String::valueOf);
  }
}
