package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.privacy.entity.LegalHold;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Legal holds on tickets: set and cleared by admins, read by retention and erasure. */
@ApplicationScoped
public class LegalHolds {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** The ticket's hold (version 0 when it never had one); 404 for a ticket that does not exist. */
  public LegalHold of(long ticketId) {
    if (em.find(Ticket.class, ticketId) == null) {
      throw ApiException.notFound("ticket.not-found", ticketId);
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT held, reason, changed_by, changed_at, version"
                    + " FROM ticket.ticket_legal_holds WHERE ticket_id = ?")
            .setParameter(1, ticketId)
            .getResultList();
    if (rows.isEmpty()) {
      return LegalHold.none(ticketId);
    }
    Object[] row = (Object[]) rows.get(0);
    return new LegalHold(
        ticketId,
        Columns.flag(row[0]),
        (String) row[1],
        (String) row[2],
        Columns.instant(row[3]),
        Columns.number(row[4]));
  }

  /** Sets or clears the hold; If-Match names the version read ({@code "0"} for none yet). */
  @Transactional
  public LegalHold change(
      long ticketId, boolean held, String reason, String ifMatch, String actorId) {
    LegalHold current = of(ticketId);
    Versions.requireMatch(ifMatch, current.version());
    Object now = Columns.utc(Instant.now());
    int changed =
        current.version() == 0
            ? em.createNativeQuery(
                    "INSERT INTO ticket.ticket_legal_holds"
                        + " (ticket_id, held, reason, changed_by, changed_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 1)")
                .setParameter(1, ticketId)
                .setParameter(2, held)
                .setParameter(3, reason)
                .setParameter(4, actorId)
                .setParameter(5, now)
                .executeUpdate()
            : em.createNativeQuery(
                    "UPDATE ticket.ticket_legal_holds SET held = ?, reason = ?, changed_by = ?,"
                        + " changed_at = ?, version = version + 1"
                        + " WHERE ticket_id = ? AND version = ?")
                .setParameter(1, held)
                .setParameter(2, reason)
                .setParameter(3, actorId)
                .setParameter(4, now)
                .setParameter(5, ticketId)
                .setParameter(6, current.version())
                .executeUpdate();
    if (changed != 1) {
      // another admin changed it between the read and the write
      Versions.requireMatch(ifMatch, current.version() + 1);
    }
    return of(ticketId);
  }

  /** Which of these tickets are held now. */
  public Set<Long> held(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Set.of();
    }
    Set<Long> held = new HashSet<>();
    for (List<Long> chunk : chunks(List.copyOf(ticketIds))) {
      em.createNativeQuery(
              "SELECT ticket_id FROM ticket.ticket_legal_holds WHERE held = TRUE AND ticket_id IN ("
                  + chunk.stream().map(String::valueOf).collect(Collectors.joining(","))
                  + ")")
          .getResultList()
          .forEach(id -> held.add(Columns.number(id)));
    }
    return held;
  }

  private static List<List<Long>> chunks(List<Long> ids) {
    int size = 500;
    return java.util.stream.IntStream.range(0, (ids.size() + size - 1) / size)
        .mapToObj(i -> ids.subList(i * size, Math.min(ids.size(), (i + 1) * size)))
        .toList();
  }
}
