package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.platform.privacy.Pseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Retention's changes to one ticket, each in its own transaction, so a run stopped half-way keeps
 * what it did and the next run selects only the rest. Each re-checks the legal hold inside its
 * transaction: a hold set while the run was selecting still wins.
 */
@ApplicationScoped
public class TicketAnonymizer {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketScrubbing scrubbing;

  /**
   * Anonymizes a closed ticket: the requester's name becomes their pseudonym, subject, description,
   * resolution and comment bodies are erased, comment authors who are the requester pseudonymized,
   * watchers, custom field values and files removed, history values cleared.
   *
   * @return the blob keys to delete after the commit; empty when held or already anonymized
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> anonymize(long ticketId, String actorId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT requester_id FROM ticket.tickets WHERE id = ? AND anonymized_at IS NULL"
                    + " AND id NOT IN "
                    + TicketScrubbing.HELD)
            .setParameter(1, ticketId)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    String requester = (String) rows.get(0);
    String pseudonym = Pseudonym.of(requester).stored();
    em.createNativeQuery(
            "UPDATE ticket.tickets SET requester_name = ?, subject = ?, description = '',"
                + " resolution = NULL, requester_department = NULL, anonymized_at = ? WHERE id = ?")
        .setParameter(1, pseudonym)
        .setParameter(2, TicketScrubbing.ERASED)
        .setParameter(3, Columns.utc(Instant.now()))
        .setParameter(4, ticketId)
        .executeUpdate();
    em.createNativeQuery("UPDATE ticket.ticket_comments SET body = ? WHERE ticket_id = ?")
        .setParameter(1, TicketScrubbing.ERASED)
        .setParameter(2, ticketId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE ticket.ticket_comments SET author_name = ? WHERE ticket_id = ? AND author_id = ?")
        .setParameter(1, pseudonym)
        .setParameter(2, ticketId)
        .setParameter(3, requester)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE ticket.ticket_history SET actor_name = ? WHERE ticket_id = ? AND actor_id = ?")
        .setParameter(1, pseudonym)
        .setParameter(2, ticketId)
        .setParameter(3, requester)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM ticket.ticket_watchers WHERE ticket_id = ?")
        .setParameter(1, ticketId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM ticket.ticket_field_values WHERE ticket_id = ?")
        .setParameter(1, ticketId)
        .executeUpdate();
    scrubbing.clearHistoryValues(List.of(ticketId));
    List<String> keys = scrubbing.removeAttachments("ticket_id = ?", ticketId);
    scrubbing.republish(List.of(ticketId), actorId);
    return keys;
  }

  /**
   * Removes a closed ticket's files (rows now, bytes after the commit).
   *
   * @return the blob keys; empty when held
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> removeAttachments(long ticketId) {
    return scrubbing.removeAttachments(
        "ticket_id = ? AND ticket_id NOT IN " + TicketScrubbing.HELD, ticketId);
  }
}
