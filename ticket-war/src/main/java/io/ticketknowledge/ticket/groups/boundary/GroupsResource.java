package io.ticketknowledge.ticket.groups.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditChanges;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Support groups: agents read them (to assign), admins maintain them and their members. */
@Path("groups")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

  @Inject SupportGroups groups;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "List the support groups with their members (agents)")
  @APIResponse(
      responseCode = "200",
      description = "The groups by name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "groups",
                      value =
                          "[{\"id\":50,\"name\":\"服務台 Service Desk\",\"description\":\"第一線支援\","
                              + "\"members\":[{\"userId\":\"agent1\",\"name\":\"陳志豪\"}],"
                              + "\"version\":1}]")))
  @APIResponse(responseCode = "403", ref = "problem")
  public List<GroupView> list() {
    return groups.all().stream().map(GroupView::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a support group (agents)")
  @APIResponse(
      responseCode = "200",
      description = "The group; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "group", value = ApiExamples.GROUP)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("id") long id) {
    SupportGroup group = groups.find(id);
    return Response.ok(GroupView.of(group)).tag(Versions.etag(group.version())).build();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a support group (admins)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "group", value = ApiExamples.NEW_GROUP)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "group", value = ApiExamples.GROUP)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "409", description = "The name is taken", ref = "problem")
  public Response create(@Valid @NotNull NewGroup request, @Context UriInfo uri) {
    SupportGroup group = groups.create(request);
    audit.success(
        AuditAction.GROUP_CHANGED,
        AuditObject.of("group", group.id()),
        AuditChanges.requested(request));
    return Response.created(uri.getAbsolutePathBuilder().path(group.id().toString()).build())
        .tag(Versions.etag(group.version()))
        .entity(GroupView.of(group))
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rename a group or replace its members (admins)",
      description = "Needs If-Match with the group's ETag.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/merge-patch+json",
              examples = @ExampleObject(name = "description", value = ApiExamples.GROUP_CHANGES)))
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "group", value = ApiExamples.GROUP)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull GroupChanges changes) {
    SupportGroup group = groups.change(id, changes, ifMatch);
    audit.success(
        AuditAction.GROUP_CHANGED, AuditObject.of("group", id), AuditChanges.requested(changes));
    return Response.ok(GroupView.of(group)).tag(Versions.etag(group.version())).build();
  }
}
