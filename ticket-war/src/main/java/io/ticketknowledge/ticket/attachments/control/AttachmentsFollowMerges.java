package io.ticketknowledge.ticket.attachments.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.merge.control.MergeParticipant;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A merged ticket's files go with it to the target, in the merge's transaction: the ticket's own
 * and those of its comments (which the merge moved already), so that they are listed and fetched
 * under the ticket the conversation now lives in. The stored objects stay where they are.
 */
@ApplicationScoped
public class AttachmentsFollowMerges implements MergeParticipant {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Override
  public void merged(Ticket source, Ticket target, CurrentUser actor) {
    em.createNativeQuery("UPDATE ticket.ticket_attachments SET ticket_id = ? WHERE ticket_id = ?")
        .setParameter(1, target.id())
        .setParameter(2, source.id())
        .executeUpdate();
  }
}
