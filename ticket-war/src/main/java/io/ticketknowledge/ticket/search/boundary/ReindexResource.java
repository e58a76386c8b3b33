package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.search.control.TicketReindex;
import io.ticketknowledge.ticket.search.entity.ReindexStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The admin command that rebuilds the tickets index from the database, and its progress. */
@Path("search/reindex")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReindexResource {

  @Inject TicketReindex reindex;
  @Inject AuditTrail audit;

  @POST
  @Operation(
      summary = "Rebuild the tickets index",
      description =
          "Runs in the background; searches use the old index until the new one is complete."
              + " Resumes from the checkpoint of an interrupted run.")
  @APIResponse(responseCode = "202", description = "Started; follow Location for progress")
  @APIResponse(responseCode = "409", description = "A reindex is running", ref = "problem")
  public Response start(@Context UriInfo uri) {
    ReindexStatus started = reindex.start();
    audit.success(AuditAction.REINDEX_STARTED, AuditObject.of("search-index", "tickets"));
    return Response.accepted(started).location(uri.getAbsolutePath()).build();
  }

  @GET
  @Operation(summary = "Progress of the latest reindex")
  @APIResponse(
      responseCode = "200",
      description = "Progress: done of total, rate, ETA",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "running", value = ApiExamples.REINDEX_STATUS)))
  public ReindexStatus status() {
    return reindex.status();
  }
}
