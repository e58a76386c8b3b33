package io.ticketknowledge.ticket.events.boundary;

import io.ticketknowledge.platform.events.DeadLetter;
import io.ticketknowledge.platform.events.DeadLetters;
import io.ticketknowledge.platform.events.DeadLettersEndpoint;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.search.boundary.TicketSearchEventsConsumer;
import io.ticketknowledge.ticket.search.control.TicketSearchIndexing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The Ticket module's dead letters: events its consumers gave up on (admins only). */
@Path("dead-letters")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource extends DeadLettersEndpoint {

  @Inject TicketSearchEventsConsumer searchEvents;

  @Override
  protected DeadLetters deadLetters() {
    return searchEvents.deadLetters();
  }

  @Override
  protected Map<String, Consumer<DeadLetter>> replayers() {
    return Map.of(TicketSearchIndexing.CONSUMER, searchEvents::replay);
  }
}
