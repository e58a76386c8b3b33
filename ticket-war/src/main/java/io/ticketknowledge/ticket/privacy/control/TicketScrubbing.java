package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The row changes erasure and retention share, in the caller's transaction. Files are removed in
 * two steps: the rows here (their keys returned), the bytes by the caller after the commit — bytes
 * left behind by a failed delete are unreachable, never a row without its file.
 */
@ApplicationScoped
public class TicketScrubbing {

  /** What erased text reads afterwards (ticket subjects may not be empty). */
  public static final String ERASED = "[erased]";

  /** Held tickets, as a sub-select. */
  static final String HELD =
      "(SELECT h.ticket_id FROM ticket.ticket_legal_holds h WHERE h.held = TRUE)";

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketEvents events;

  /** Removes the attachment rows a WHERE clause selects; returns their blob keys. */
  List<String> removeAttachments(String where, Object... parameters) {
    var select =
        em.createNativeQuery("SELECT id, blob_key FROM ticket.ticket_attachments WHERE " + where);
    for (int i = 0; i < parameters.length; i++) {
      select.setParameter(i + 1, parameters[i]);
    }
    List<String> ids = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Object row : select.getResultList()) {
      ids.add((String) ((Object[]) row)[0]);
      keys.add((String) ((Object[]) row)[1]);
    }
    for (String id : ids) {
      em.createNativeQuery("DELETE FROM ticket.ticket_attachments WHERE id = ?")
          .setParameter(1, id)
          .executeUpdate();
    }
    return keys;
  }

  /** Clears the before/after values of the tickets' history (they hold the erased text). */
  void clearHistoryValues(Collection<Long> ticketIds) {
    if (!ticketIds.isEmpty()) {
      em.createNativeQuery(
              "UPDATE ticket.ticket_history SET before_value = NULL, after_value = NULL"
                  + " WHERE ticket_id IN ("
                  + ids(ticketIds)
                  + ")")
          .executeUpdate();
    }
  }

  /**
   * A new version of each ticket, published as {@code ticket.changed}: the search index and
   * Knowledge replace what they hold with the scrubbed state.
   */
  void republish(Collection<Long> ticketIds, String actorId) {
    if (ticketIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "UPDATE ticket.tickets SET version = version + 1, updated_at = ? WHERE id IN ("
                + ids(ticketIds)
                + ")")
        .setParameter(1, Columns.utc(Instant.now()))
        .executeUpdate();
    for (Long id : ticketIds) {
      Ticket ticket = em.find(Ticket.class, id);
      if (ticket != null) {
        em.refresh(ticket);
        events.changed(ticket, actorId);
      }
    }
  }

  static String ids(Collection<Long> ticketIds) {
    return ticketIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
