package io.ticketknowledge.ticket.tickets.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Hands out ticket numbers {@code TK-<year>-<000123>} from the database sequence {@code
 * ticket_numbers}: unique across replicas and years (the counter does not restart each year, so a
 * number never repeats even when clocks disagree about the year).
 */
@ApplicationScoped
public class TicketNumbers {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public String next(OffsetDateTime openedAt) {
    Number value =
        (Number) em.createNativeQuery("SELECT NEXTVAL('ticket.ticket_numbers')").getSingleResult();
    return format(openedAt.getYear(), value.longValue());
  }

  static String format(int year, long counter) {
    return String.format("TK-%d-%06d", year, counter);
  }
}
