package io.ticketknowledge.ticket.assignment.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditChanges;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.assignment.control.AssignmentSettings;
import io.ticketknowledge.ticket.assignment.entity.GroupAssignment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** A group's auto-assignment (decision 0022): admins set it, agents read it. */
@Path("groups/{groupId}/assignment")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupAssignmentResource {

  @Inject AssignmentSettings settings;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a group's auto-assignment")
  @APIResponse(
      responseCode = "200",
      description = "The group's auto-assignment; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "assignment", value = AssignmentExamples.GROUP_ASSIGNMENT)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response group(@PathParam("groupId") long groupId) {
    return ok(settings.of(groupId));
  }

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Set a group's auto-assignment",
      description =
          "OFF, ROUND_ROBIN or LEAST_OPEN among available members within their hours, skipping"
              + " those at openTicketLimit. Needs If-Match (\"0\" before the first change).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "least open",
                      value = AssignmentExamples.GROUP_ASSIGNMENT_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Set; the new ETag is set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "assignment", value = AssignmentExamples.GROUP_ASSIGNMENT)))
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response configure(
      @PathParam("groupId") long groupId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull GroupAssignmentRequest request) {
    GroupAssignment changed =
        settings.configure(groupId, request.mode(), request.openTicketLimit(), ifMatch);
    // who works a group's queue is group configuration: audited like the group's members
    audit.success(
        AuditAction.GROUP_CHANGED,
        AuditObject.of("group", groupId),
        AuditChanges.requested(request));
    return ok(changed);
  }

  private static Response ok(GroupAssignment g) {
    return Response.ok(GroupAssignmentView.of(g)).tag(Versions.etag(g.version())).build();
  }
}
