package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.knowledge.search.control.ArticleReindex;
import io.ticketknowledge.platform.search.reindex.ReindexStatus;
import io.ticketknowledge.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The admin command that rebuilds the articles index from the database, and its progress. */
@Path("search/reindex")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ArticleReindexResource {

  @Inject ArticleReindex reindex;

  @POST
  @Operation(
      summary = "Rebuild the articles index",
      description =
          "Runs in the background; searches use the old index until the new one is complete."
              + " Resumes from the checkpoint of an interrupted run.")
  @APIResponse(responseCode = "202", description = "Started; follow Location for progress")
  @APIResponse(responseCode = "409", description = "A reindex is running", ref = "problem")
  public Response start(@Context UriInfo uri) {
    ReindexStatus started = reindex.start();
    return Response.accepted(started).location(uri.getAbsolutePath()).build();
  }

  @GET
  @Operation(summary = "Progress of the latest reindex of the articles index")
  public ReindexStatus status() {
    return reindex.status();
  }
}
