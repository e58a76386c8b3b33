package io.ticketknowledge.ticket.comments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Counts a conversation's changes on its ticket ({@code tickets.conversation_revision}): the search
 * document carries the comments and is versioned by the ticket's version plus this count, so a new
 * or edited comment replaces the document although the ticket's version (its ETag) stays. Not a
 * mapped attribute of {@code Ticket}: the entity's updates never write it back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConversationRevisions {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** The ticket's conversation changed in the current transaction. */
  public void changed(long ticketId) {
    em.createNativeQuery(
            "UPDATE ticket.tickets SET conversation_revision = conversation_revision + 1"
                + " WHERE id = ?")
        .setParameter(1, ticketId)
        .executeUpdate();
  }
}
