package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.search.control.TicketSearch;
import io.ticketknowledge.ticket.search.control.TicketSearchRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Full-text search over the tickets the caller may see. */
@Path("tickets/search")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketSearchResource {

  @Inject TicketSearch search;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Search tickets",
      description =
          "Text in subject and description (zh-TW and English), filters, facets of status and"
              + " priority, highlighted excerpts. Only tickets the caller may see (the rule of"
              + " GET /tickets), in hits, totals and facets alike. Follow nextCursor for the next"
              + " page.")
  @APIResponse(
      responseCode = "200",
      description = "One page of hits",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "hits", value = ApiExamples.SEARCH_PAGE)))
  @APIResponse(responseCode = "400", description = "A parameter is invalid", ref = "problem")
  public TicketSearchPage search(
      @Parameter(description = "Words to find; empty: every ticket") @QueryParam("q") String q,
      @Parameter(description = "NEW, OPEN, PENDING, RESOLVED, CLOSED; repeat or comma-separate")
          @QueryParam("status")
          List<String> status,
      @Parameter(
              description =
                  "P1, P2, P3, P4 (URGENT, HIGH, NORMAL, LOW still read); repeat or comma-separate")
          @QueryParam("priority")
          List<String> priority,
      @Parameter(description = "Tags (any of them); repeat or comma-separate") @QueryParam("tag")
          List<String> tag,
      @Parameter(description = "Custom field key:value; repeat (all must hold)")
          @QueryParam("field")
          List<String> field,
      @Parameter(
              description =
                  "relevance, -createdAt, createdAt, -updatedAt, updatedAt; default: relevance"
                      + " with q, else -createdAt")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    TicketSearchRequest request =
        TicketSearchRequest.of(q, status, priority, tag, field, sort, cursor, limit);
    return TicketSearchPage.of(search.search(request, currentUser));
  }
}
