package io.ticketknowledge.knowledge.events.boundary;

import io.ticketknowledge.knowledge.signals.boundary.TicketEventsConsumer;
import io.ticketknowledge.knowledge.signals.control.TicketSignals;
import io.ticketknowledge.platform.events.DeadLetter;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The module's dead letters: events its consumers gave up on. Admins list them and, once the cause
 * is fixed, replay them through the same consumer (which still skips what it processed before).
 */
@Path("dead-letters")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource {

  @Inject TicketEventsConsumer ticketEvents;

  /** Oldest first; {@code after} is the last id of the previous page. */
  @GET
  public List<DeadLetter> list(
      @QueryParam("after") @DefaultValue("0") @Min(0) long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("includeReplayed") @DefaultValue("false") boolean includeReplayed) {
    return ticketEvents.deadLetters().list(includeReplayed, after, limit);
  }

  @GET
  @Path("{id}")
  public DeadLetter letter(@PathParam("id") long id) {
    return find(id);
  }

  @POST
  @Path("{id}/replay")
  public DeadLetter replay(@PathParam("id") long id) {
    DeadLetter letter = find(id);
    if (letter.replayedAt() != null) {
      throw new ApiException(ProblemKind.CONFLICT, "problem.dead-letter-replayed.detail", id);
    }
    if (!TicketSignals.CONSUMER.equals(letter.consumer())) {
      throw new ApiException(
          ProblemKind.CONFLICT, "problem.dead-letter-unknown-consumer.detail", letter.consumer());
    }
    try {
      ticketEvents.replay(letter);
    } catch (MalformedEventException e) {
      throw new ApiException(ProblemKind.CONFLICT, "problem.dead-letter-malformed.detail", id);
    } catch (RuntimeException e) {
      throw new ApiException(
          ProblemKind.CONFLICT, "problem.dead-letter-replay-failed.detail", id, e.getMessage());
    }
    return find(id);
  }

  private DeadLetter find(long id) {
    return ticketEvents
        .deadLetters()
        .find(id)
        .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "problem.not-found.detail"));
  }
}
