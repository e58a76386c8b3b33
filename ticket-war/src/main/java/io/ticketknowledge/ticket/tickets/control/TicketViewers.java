package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/** Builds the {@link TicketViewer} of a caller: roles from the token, groups from the database. */
@ApplicationScoped
public class TicketViewers {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public TicketViewer of(CurrentUser user) {
    boolean admin = user.hasRole(Roles.ADMIN);
    boolean agent = user.hasRole(Roles.AGENT);
    Set<Long> groups = agent || admin ? groupsOf(user.id()) : Set.of();
    return new TicketViewer(user.id(), admin, agent, groups);
  }

  public Set<Long> groupsOf(String userId) {
    if (userId == null) {
      return Set.of();
    }
    Set<Long> groups = new HashSet<>();
    for (Object id :
        em.createNativeQuery("SELECT group_id FROM ticket.support_group_members WHERE user_id = ?1")
            .setParameter(1, userId)
            .getResultList()) {
      groups.add(((Number) id).longValue());
    }
    return groups;
  }
}
