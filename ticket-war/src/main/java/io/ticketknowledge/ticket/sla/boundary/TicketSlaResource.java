package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.sla.control.TicketSla;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A ticket's SLA timeline, for whoever may see the ticket (TicketAccess). */
@Path("tickets/{id}/sla")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketSlaResource {

  @Inject TicketSla sla;
  @Inject TicketQueries queries;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "A ticket's SLA timeline",
      description =
          "Every start, pause, resume, warning, breach, met and policy change of each clock"
              + " (first response, next response, resolution) with the working time consumed"
              + " then, and where each clock stands now; computed from the ticket's history under"
              + " the current policies.")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(
      responseCode = "200",
      description = "The clocks and every entry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "timeline", value = ApiExamples.SLA_TIMELINE)))
  public SlaTimelineView timeline(@PathParam("id") long id) {
    Ticket ticket = queries.visible(id, currentUser);
    return SlaTimelineView.of(ticket.id(), sla.evaluate(ticket));
  }
}
