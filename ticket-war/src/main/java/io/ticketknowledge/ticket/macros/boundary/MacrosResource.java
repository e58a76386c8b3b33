package io.ticketknowledge.ticket.macros.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.macros.control.Macros;
import io.ticketknowledge.ticket.macros.entity.Macro;
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
 * Macros (decision 0022): agents keep their personal ones, admins the shared ones; every agent uses
 * the shared ones and their own.
 */
@Path("macros")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MacrosResource {

  @Inject Macros macros;
  @Inject CurrentUser user;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "The macros you may use: shared ones first, then your own")
  @APIResponse(
      responseCode = "200",
      description = "The macros",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "macros", value = MacroExamples.MACROS)))
  public List<MacroView> list() {
    return macros.usableBy(user).stream().map(macros::view).toList();
  }

  @POST
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Create a macro",
      description =
          "Personal by default; shared: true for admins. A reply in zh-TW and/or English with"
              + " placeholders, and/or field changes. An unknown placeholder is a 400.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "personal", value = MacroExamples.MACRO_REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "macro", value = MacroExamples.MACRO)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", description = "Shared, and not an admin", ref = "problem")
  public Response create(@Valid @NotNull MacroRequest request, @Context UriInfo uri) {
    Macro macro = macros.create(request, user);
    return Response.created(uri.getAbsolutePathBuilder().path(macro.id().toString()).build())
        .tag(Versions.etag(macro.version()))
        .entity(macros.view(macro))
        .build();
  }

  @GET
  @Path("{macroId}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a macro (shared, or your own)")
  @APIResponse(
      responseCode = "200",
      description = "The macro; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "macro", value = MacroExamples.MACRO)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("macroId") long id) {
    return ok(macros.find(id, user));
  }

  @PUT
  @Path("{macroId}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Redefine a macro", description = "Needs If-Match; shared ones: admins.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "personal", value = MacroExamples.MACRO_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Redefined; the new ETag is set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "macro", value = MacroExamples.MACRO)))
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response redefine(
      @PathParam("macroId") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MacroRequest request) {
    return ok(macros.redefine(id, request, ifMatch, user));
  }

  @DELETE
  @Path("{macroId}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Delete a macro", description = "Needs If-Match; shared ones: admins.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("macroId") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    macros.delete(id, ifMatch, user);
    return Response.noContent().build();
  }

  private Response ok(Macro macro) {
    return Response.ok(macros.view(macro)).tag(Versions.etag(macro.version())).build();
  }
}
