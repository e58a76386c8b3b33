package io.ticketknowledge.knowledge.events.boundary;

import io.ticketknowledge.knowledge.loop.boundary.TicketLoopConsumer;
import io.ticketknowledge.knowledge.loop.control.TicketLoop;
import io.ticketknowledge.knowledge.search.boundary.ArticleSearchEventsConsumer;
import io.ticketknowledge.knowledge.search.control.ArticleSearchIndexing;
import io.ticketknowledge.knowledge.signals.boundary.TicketEventsConsumer;
import io.ticketknowledge.knowledge.signals.control.TicketSignals;
import io.ticketknowledge.platform.events.DeadLetter;
import io.ticketknowledge.platform.events.DeadLetters;
import io.ticketknowledge.platform.events.DeadLettersEndpoint;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The Knowledge module's dead letters: events its consumers gave up on (admins only). */
@Path("dead-letters")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource extends DeadLettersEndpoint {

  @Inject TicketEventsConsumer ticketEvents;
  @Inject ArticleSearchEventsConsumer articleEvents;
  @Inject TicketLoopConsumer ticketLoop;

  @Override
  protected DeadLetters deadLetters() {
    // one table for the module: every consumer's dead letters
    return ticketEvents.deadLetters();
  }

  @Override
  protected Map<String, Consumer<DeadLetter>> replayers() {
    return Map.of(
        TicketSignals.CONSUMER,
        ticketEvents::replay,
        ArticleSearchIndexing.CONSUMER,
        articleEvents::replay,
        TicketLoop.CONSUMER,
        ticketLoop::replay);
  }
}
