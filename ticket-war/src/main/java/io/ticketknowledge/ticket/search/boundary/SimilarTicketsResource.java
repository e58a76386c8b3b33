package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.search.control.TicketSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** "More like this": tickets similar to one, among those the caller may see. */
@Path("tickets/{id}/similar")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimilarTicketsResource {

  @Inject TicketSearch search;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Tickets similar to this one", description = "Most similar first.")
  @APIResponse(
      responseCode = "200",
      description = "Similar tickets (the ticket itself is not one)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "similar", value = ApiExamples.SEARCH_PAGE)))
  @APIResponse(responseCode = "404", description = "No such ticket visible to you", ref = "problem")
  public TicketSearchPage similar(
      @PathParam("id") long id,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
    return TicketSearchPage.of(search.similar(id, limit, currentUser));
  }
}
