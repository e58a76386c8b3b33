package io.ticketknowledge.ticket.automation.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.automation.control.Triggers;
import io.ticketknowledge.ticket.automation.entity.Trigger;
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

/** Triggers and time rules (decision 0022): admins keep them, agents read them. */
@Path("triggers")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TriggersResource {

  @Inject Triggers triggers;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "List triggers in the order they run")
  @APIResponse(
      responseCode = "200",
      description = "The triggers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "triggers", value = AutomationExamples.TRIGGERS)))
  public List<TriggerView> list() {
    return triggers.all().stream().map(t -> TriggerView.of(triggers.definition(t))).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create a trigger or time rule",
      description =
          "On an event (CREATED, UPDATED, STATUS_CHANGED, COMMENTED, SLA_WARNING, SLA_BREACHED)"
              + " or TIME (the time-rule job), when all conditions hold, run the actions"
              + " (SET_FIELDS, ASSIGN, ADD_TAG, ADD_NOTE, NOTIFY). An unknown field, operator,"
              + " status or group is a 400.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "trigger", value = AutomationExamples.TRIGGER_REQUEST),
                @ExampleObject(name = "time rule", value = AutomationExamples.TIME_RULE_REQUEST)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "trigger", value = AutomationExamples.TRIGGER)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "409", description = "Name taken", ref = "problem")
  public Response create(@Valid @NotNull TriggerRequest request, @Context UriInfo uri) {
    Trigger trigger = triggers.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(trigger.id().toString()).build())
        .tag(Versions.etag(trigger.version()))
        .entity(TriggerView.of(triggers.definition(trigger)))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a trigger")
  @APIResponse(
      responseCode = "200",
      description = "The trigger; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "trigger", value = AutomationExamples.TRIGGER)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("id") long id) {
    return ok(triggers.find(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Redefine a trigger", description = "Needs If-Match.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "time rule", value = AutomationExamples.TIME_RULE_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Redefined; the new ETag is set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "time rule", value = AutomationExamples.TIME_RULE)))
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response redefine(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TriggerRequest request) {
    return ok(triggers.redefine(id, request, ifMatch));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Delete a trigger", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    triggers.delete(id, ifMatch);
    return Response.noContent().build();
  }

  private Response ok(Trigger trigger) {
    return Response.ok(TriggerView.of(triggers.definition(trigger)))
        .tag(Versions.etag(trigger.version()))
        .build();
  }
}
