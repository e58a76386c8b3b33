package io.ticketknowledge.ticket.assignment.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.assignment.control.AssignmentSettings;
import io.ticketknowledge.ticket.assignment.entity.AgentAvailability;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * An agent's availability and working hours for auto-assignment (decision 0022): the agent or an
 * admin sets them, agents read them.
 */
@Path("agents/{userId}/availability")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentAvailabilityResource {

  @Inject AssignmentSettings settings;
  @Inject CurrentUser user;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read an agent's availability for auto-assignment")
  @APIResponse(
      responseCode = "200",
      description = "The availability; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "availability", value = AssignmentExamples.AVAILABILITY)))
  public Response availability(@PathParam("userId") @Size(max = 255) String userId) {
    return ok(settings.availability(userId));
  }

  @PUT
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Set an agent's availability and working hours",
      description = "Your own, or anyone's as an admin. Needs If-Match (\"0\" the first time).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "office hours",
                      value = AssignmentExamples.AVAILABILITY_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Set; the new ETag is set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "availability", value = AssignmentExamples.AVAILABILITY)))
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response setAvailability(
      @PathParam("userId") @Size(max = 255) String userId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull AvailabilityRequest request) {
    return ok(
        settings.setAvailability(
            userId, request.available(), request.timeZone(), request.week(), ifMatch, user));
  }

  private static Response ok(AgentAvailability a) {
    return Response.ok(AvailabilityView.of(a)).tag(Versions.etag(a.version())).build();
  }
}
