package io.ticketknowledge.knowledge.signals.boundary;

import io.ticketknowledge.knowledge.signals.control.TicketSignalAccess;
import io.ticketknowledge.knowledge.signals.control.TicketSignals;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What Knowledge learned about a ticket from its events; for the staff who write articles. */
@Path("ticket-signals")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketSignalsResource {

  @Inject TicketSignals signals;
  @Inject CurrentUser currentUser;

  /**
   * A ticket the caller may not see in the Ticket module answers 404 like a missing one, so
   * counting ids reveals nothing (editors: only the tickets they requested).
   */
  @GET
  @Path("{ticketId}")
  @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  public TicketSignalView signal(
      @PathParam("ticketId") @Pattern(regexp = "[0-9]{1,19}") String id) {
    return signals
        .find(id)
        .filter(signal -> TicketSignalAccess.maySee(signal, currentUser))
        .map(TicketSignalView::of)
        .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "problem.not-found.detail"));
  }
}
