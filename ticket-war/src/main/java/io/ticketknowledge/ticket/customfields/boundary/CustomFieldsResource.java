package io.ticketknowledge.ticket.customfields.boundary;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.customfields.control.CustomFields;
import io.ticketknowledge.ticket.customfields.entity.CustomField;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Custom fields of tickets: everyone reads the active ones (to fill forms); admins define, change,
 * deactivate and (while unused) delete them, with ETag/If-Match.
 */
@Path("custom-fields")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomFieldsResource {

  @Inject CustomFields fields;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "The custom fields, in form order",
      description =
          "Active ones, of one ticket type with ticketType=; admins also get inactive ones with"
              + " inactive=true.")
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "fields", value = ApiExamples.CUSTOM_FIELDS)))
  public List<CustomFieldView> list(
      @QueryParam("ticketType") String ticketType,
      @QueryParam("inactive") @DefaultValue("false") boolean inactive) {
    boolean all = inactive && currentUser.hasRole(Roles.ADMIN);
    return fields.list(all, ticketType(ticketType)).stream().map(CustomFieldView::of).toList();
  }

  @GET
  @Path("{fieldId}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "One custom field", description = "The ETag is its version.")
  @APIResponse(
      responseCode = "200",
      description = "The field",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "field", value = ApiExamples.CUSTOM_FIELD)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("fieldId") long id) {
    CustomField field = fields.find(id);
    if (!field.active() && !currentUser.hasRole(Roles.ADMIN)) {
      throw ApiException.notFound("customfield.not-found", id); // the admins' business
    }
    return Response.ok(CustomFieldView.of(field)).tag(Versions.etag(field.version())).build();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Define a custom field (admins)",
      description =
          "Types TEXT (maxLength), NUMBER (min, max), DATE, SELECT and MULTI_SELECT (options),"
              + " CHECKBOX; rules that do not fit the type are a 400; a taken key a 409.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "number", value = ApiExamples.NEW_CUSTOM_FIELD)))
  @APIResponse(
      responseCode = "201",
      description = "Defined",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "field", value = ApiExamples.CUSTOM_FIELD)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "409", description = "The key is taken", ref = "problem")
  public Response create(@Valid @NotNull NewCustomField request, @Context UriInfo uri) {
    CustomField field = fields.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(field.id().toString()).build())
        .tag(Versions.etag(field.version()))
        .entity(CustomFieldView.of(field))
        .build();
  }

  @PATCH
  @Path("{fieldId}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Change or deactivate a custom field (admins)",
      description = "Needs If-Match. Key and type never change; options in use are kept (409).")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/merge-patch+json",
              examples =
                  @ExampleObject(name = "relabel", value = ApiExamples.CUSTOM_FIELD_CHANGES)))
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "field", value = ApiExamples.CUSTOM_FIELD)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", description = "An option in use removed", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response change(
      @PathParam("fieldId") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CustomFieldChanges changes) {
    CustomField field = fields.change(id, changes, ifMatch);
    return Response.ok(CustomFieldView.of(field)).tag(Versions.etag(field.version())).build();
  }

  @DELETE
  @Path("{fieldId}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Delete an unused custom field (admins)",
      description =
          "Needs If-Match. A field some ticket has a value of is deactivated instead (409).")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", description = "In use: deactivate it", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("fieldId") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    fields.delete(id, ifMatch);
    return Response.noContent().build();
  }

  private static TicketType ticketType(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return TicketType.valueOf(name.strip());
    } catch (IllegalArgumentException unknown) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST,
          "ticket.search.unknown-value",
          "ticketType",
          name,
          java.util.Arrays.toString(TicketType.values()));
    }
  }
}
