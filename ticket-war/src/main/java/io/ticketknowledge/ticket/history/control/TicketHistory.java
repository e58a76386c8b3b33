package io.ticketknowledge.ticket.history.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.history.entity.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads the history of tickets. Entries are written in the transaction of the change
 * they describe, so the history never misses one nor shows one that rolled back.
 */
@ApplicationScoped
public class TicketHistory {

  /** Who the auto-close job acts as. */
  public static final String SYSTEM_ID = "system";

  public static final String SYSTEM_NAME = "System";

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** Records a change when before and after differ; values are shown as their text. */
  public void record(long ticketId, CurrentUser actor, String kind, Object before, Object after) {
    record(ticketId, actor.id(), actor.displayName(), kind, before, after, false);
  }

  public void recordInternal(
      long ticketId, CurrentUser actor, String kind, Object before, Object after) {
    record(ticketId, actor.id(), actor.displayName(), kind, before, after, true);
  }

  public void record(
      long ticketId,
      String actorId,
      String actorName,
      String kind,
      Object before,
      Object after,
      boolean internal) {
    String was = text(before);
    String is = text(after);
    if (Objects.equals(was, is)) {
      return;
    }
    em.persist(
        new HistoryEntry(
            ticketId,
            actorId,
            actorName,
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
            kind,
            was,
            is,
            internal));
  }

  /** The ticket's history in the order it happened; internal entries only when asked for. */
  public List<HistoryEntry> of(long ticketId, boolean withInternal) {
    return em.createQuery(
            "SELECT h FROM HistoryEntry h WHERE h.ticketId = :ticket"
                + (withInternal ? "" : " AND h.internal = FALSE")
                + " ORDER BY h.changedAt, h.id",
            HistoryEntry.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
