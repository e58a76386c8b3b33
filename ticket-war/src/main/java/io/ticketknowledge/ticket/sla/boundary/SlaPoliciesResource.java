package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.sla.control.SlaPolicies;
import io.ticketknowledge.ticket.sla.entity.SlaPolicyDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * SLA policies: admins define them, agents read them. Tried in ascending position, the first whose
 * match accepts a ticket applies to it.
 */
@Path("sla-policies")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaPoliciesResource {

  @Inject SlaPolicies policies;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "List SLA policies in the order they are tried")
  @APIResponse(
      responseCode = "200",
      description = "The policies, in order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "policies", value = ApiExamples.SLA_POLICIES)))
  public List<SlaPolicyView> list() {
    return policies.all().stream().map(SlaPolicyView::of).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create an SLA policy",
      description =
          "Match (priorities, types, categoryIds, departments; empty = any), targets in working"
              + " time of the calendar, warning percentage, escalation on warning and breach.")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(
      responseCode = "409",
      description =
          "Name or position taken, or the match overlaps another policy so that one could never"
              + " apply",
      ref = "problem")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "P1", value = ApiExamples.SLA_POLICY_REQUEST)))
  public Response create(@Valid @NotNull SlaPolicyRequest request, @Context UriInfo uri) {
    SlaPolicyDefinition policy = policies.create(request.terms());
    return Response.created(uri.getAbsolutePathBuilder().path(policy.id().toString()).build())
        .tag(Versions.etag(policy.version()))
        .entity(SlaPolicyView.of(policy))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read an SLA policy")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(
      responseCode = "200",
      description = "The policy; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "policy", value = ApiExamples.SLA_POLICY)))
  public Response get(@PathParam("id") long id) {
    return ok(policies.find(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Redefine an SLA policy",
      description =
          "Needs If-Match. Open tickets are judged by the new definition from their start (see"
              + " docs/decisions/0014).")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "P1", value = ApiExamples.SLA_POLICY_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Redefined",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "policy", value = ApiExamples.SLA_POLICY)))
  public Response redefine(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull SlaPolicyRequest request) {
    return ok(policies.redefine(id, request.terms(), ifMatch));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Delete an SLA policy", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    policies.delete(id, ifMatch);
    return Response.noContent().build();
  }

  private static Response ok(SlaPolicyDefinition policy) {
    return Response.ok(SlaPolicyView.of(policy)).tag(Versions.etag(policy.version())).build();
  }
}
