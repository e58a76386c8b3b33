package io.ticketknowledge.knowledge.reports.boundary;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.reports.control.Deflections;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The deflection signal: the portal posts it when a requester leaves the new-ticket form because a
 * suggested article helped ("this solved it, no ticket needed").
 */
@Path("articles/{id}/deflections")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeflectionsResource {

  @Inject Deflections deflections;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "This article helped: no ticket needed",
      description =
          "Counted in GET /reports/deflection. The article must be live and readable by the"
              + " caller.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(
      responseCode = "404",
      description = "Not an article the caller may read",
      ref = "problem")
  @APIResponse(responseCode = "409", description = "Not published", ref = "problem")
  public Response record(@PathParam("id") long id) {
    deflections.record(id, Reader.of(currentUser));
    return Response.noContent().build();
  }
}
