package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.ticket.customfields.control.FieldFilter;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketQueue;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/** The list query of {@link TicketQueries} for tests on H2, as an admin sees it. */
public final class TicketQueriesOnH2 {

  private TicketQueriesOnH2() {}

  public static List<Long> ids(EntityManager em, List<FieldFilter> filters) {
    TicketViewer admin = new TicketViewer("admin1", true, true, Set.of());
    return TicketQueries.page(em, admin, TicketQueue.ALL, filters, Long.MAX_VALUE, 100).stream()
        .map(Ticket::id)
        .toList();
  }
}
