package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ticket list with a filter, a sort and a cursor, always within the caller's visibility ({@link
 * TicketAccess}); read from the read data source. Counts are capped ({@link #COUNT_CAP}): "10,000+"
 * is what a list header needs, and the cap keeps the count an index range scan of at most that many
 * rows, however many tickets match.
 */
@ApplicationScoped
public class TicketLists {

  /** Counts stop here (the answer then says {@code capped}). */
  public static final int COUNT_CAP = 10_000;

  @PersistenceUnit(unitName = "ticket-read")
  EntityManagerFactory readUnit;

  @Inject TicketViewers viewers;

  /** A count, exact below the cap. */
  public record Count(long count, boolean capped) {}

  /** Up to {@code limit} tickets after {@code cursor}, in {@code sort} order. */
  public List<Ticket> page(
      CurrentUser user, TicketFilter filter, TicketSort sort, String cursor, int limit) {
    TicketViewer viewer = viewers.of(user);
    try (EntityManager read = readUnit.createEntityManager()) {
      return page(read, viewer, filter, sort, cursor, limit);
    }
  }

  /** How many visible tickets match, counted up to {@link #COUNT_CAP}. */
  public Count count(CurrentUser user, TicketFilter filter) {
    TicketViewer viewer = viewers.of(user);
    try (EntityManager read = readUnit.createEntityManager()) {
      int found = ids(read, viewer, filter, COUNT_CAP + 1).size();
      return new Count(Math.min(found, COUNT_CAP), found > COUNT_CAP);
    }
  }

  /** The ids of up to {@code max} visible tickets that match (for bulk actions), newest first. */
  public List<Long> ids(CurrentUser user, TicketFilter filter, int max) {
    TicketViewer viewer = viewers.of(user);
    try (EntityManager read = readUnit.createEntityManager()) {
      return ids(read, viewer, filter, max);
    }
  }

  /** What an export does with each ticket; may fail writing. */
  @FunctionalInterface
  public interface TicketSink {
    void accept(Ticket ticket) throws IOException;
  }

  /** Tickets read per keyset page by {@link #each}: all that an export holds at once. */
  static final int EACH_BATCH = 500;

  /**
   * Every visible ticket that matches, in {@code sort} order, a keyset page at a time, each page in
   * a fresh persistence context (nothing accumulates): memory stays one page whatever the count,
   * and no transaction or cursor stays open between pages (exports of any size).
   */
  public void each(TicketViewer viewer, TicketFilter filter, TicketSort sort, TicketSink sink)
      throws IOException {
    String cursor = null;
    while (true) {
      List<Ticket> tickets;
      try (EntityManager read = readUnit.createEntityManager()) {
        TypedQuery<Ticket> batch = query(read, viewer, filter, sort, cursor);
        // the eager collections of a page in three IN queries, not three per ticket
        batch.setHint("eclipselink.batch.type", "IN");
        batch.setHint("eclipselink.batch", "t.tags");
        batch.setHint("eclipselink.batch", "t.watcherIds");
        batch.setHint("eclipselink.batch", "t.fieldValues");
        tickets = batch.setMaxResults(EACH_BATCH).getResultList();
      }
      for (Ticket ticket : tickets) {
        sink.accept(ticket);
      }
      if (tickets.size() < EACH_BATCH) {
        return;
      }
      cursor = sort.after(tickets.get(tickets.size() - 1));
    }
  }

  static List<Ticket> page(
      EntityManager em,
      TicketViewer viewer,
      TicketFilter filter,
      TicketSort sort,
      String cursor,
      int limit) {
    return query(em, viewer, filter, sort, cursor).setMaxResults(limit).getResultList();
  }

  private static TypedQuery<Ticket> query(
      EntityManager em, TicketViewer viewer, TicketFilter filter, TicketSort sort, String cursor) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    String keyset = sort.condition(cursor, parameters);
    if (keyset != null) {
      conditions.add(keyset);
    }
    TypedQuery<Ticket> query =
        em.createQuery(
            "SELECT t FROM Ticket t"
                + where(conditions, parameters, viewer, filter)
                + " ORDER BY "
                + sort.orderBy(),
            Ticket.class);
    bind(query, parameters, viewer);
    return query;
  }

  static List<Long> ids(EntityManager em, TicketViewer viewer, TicketFilter filter, int max) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT t.id FROM Ticket t"
                + where(conditions, parameters, viewer, filter)
                + " ORDER BY t.id DESC",
            Long.class);
    bind(query, parameters, viewer);
    return query.setMaxResults(max).getResultList();
  }

  private static String where(
      List<String> conditions,
      Map<String, Object> parameters,
      TicketViewer viewer,
      TicketFilter filter) {
    String visibility = TicketAccess.jpqlCondition(viewer);
    if (visibility != null) {
      conditions.add(visibility);
    }
    filter.addConditions(conditions, parameters, viewer);
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(
      jakarta.persistence.Query query, Map<String, Object> parameters, TicketViewer viewer) {
    TicketAccess.bind(query, viewer);
    parameters.forEach(query::setParameter);
  }
}
