package io.ticketknowledge.ticket.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock SLA evaluations read "now" from. Production has the system clock and nothing to change
 * it with; a test deploys its own producer (an {@code @Alternative} with a fixed or offset clock)
 * or, on the production profile, uses targets of seconds on a round-the-clock calendar.
 */
@ApplicationScoped
public class SlaTime {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
