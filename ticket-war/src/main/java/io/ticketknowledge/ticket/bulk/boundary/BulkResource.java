package io.ticketknowledge.ticket.bulk.boundary;

import io.ticketknowledge.platform.problems.Problem;
import io.ticketknowledge.platform.problems.ProblemResponses;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.bulk.control.BulkActions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Changing many tickets in one request, with a result per ticket. */
@Path("tickets/bulk")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulkResource {

  /** A per-ticket client error (400) of a well-formed bulk request is reported as 422. */
  static final int UNPROCESSABLE = 422;

  @Inject BulkActions bulk;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Change many tickets (agents)",
      description =
          "Select by ticketIds or by filter (the list's parameters), at most"
              + " tk.tickets.bulk.max-tickets (default 100; more is a 400). Each ticket is"
              + " changed in its own transaction by the same rules as PATCH /tickets/{id}"
              + " (authorization, workflow table, history, events). The answer is 200 with a"
              + " result per ticket: 200, or the problem that refused it (403, 404, 409, 412, 422)"
              + " — partial failures are reported, never hidden. No If-Match: each ticket is"
              + " changed at the version read in its transaction.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "by ids",
                    value =
                        "{\"ticketIds\":[51,52],\"changes\":{\"groupId\":50,\"addTags\":[\"vpn\"]}}"),
                @ExampleObject(
                    name = "by filter",
                    value =
                        "{\"filter\":{\"status\":\"NEW\",\"group\":\"none\"},"
                            + "\"changes\":{\"priority\":\"P2\"}}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "A result per ticket",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "partial",
                      value =
                          "{\"requested\":2,\"succeeded\":1,\"failed\":1,\"results\":["
                              + "{\"ticketId\":51,\"status\":200,\"version\":4},"
                              + "{\"ticketId\":52,\"status\":404,\"problem\":{\"status\":404}}]}")))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  public BulkResult apply(@Valid @NotNull BulkRequest request) {
    List<Long> ids = bulk.selection(request, currentUser);
    List<BulkResult.TicketResult> results = new ArrayList<>();
    for (BulkActions.Outcome outcome : bulk.apply(ids, request, currentUser)) {
      if (outcome.refusal() == null) {
        results.add(
            new BulkResult.TicketResult(outcome.ticketId(), 200, outcome.ticket().version(), null));
      } else {
        results.add(refused(outcome.ticketId(), outcome.refusal()));
      }
    }
    return BulkResult.of(results);
  }

  private BulkResult.TicketResult refused(long ticketId, RuntimeException refusal) {
    Response response = ProblemResponses.fromCause(refusal, headers, uri);
    if (response == null) {
      response = ProblemResponses.internalError(refusal, headers, uri);
    }
    Problem problem = (Problem) response.getEntity();
    if (problem.status() == 400) {
      problem =
          new Problem(
              problem.type(),
              problem.title(),
              UNPROCESSABLE,
              problem.detail(),
              problem.instance(),
              problem.errors(),
              problem.reference());
    }
    return new BulkResult.TicketResult(ticketId, problem.status(), null, problem);
  }
}
