package io.ticketknowledge.ticket.views.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.tickets.boundary.TicketPage;
import io.ticketknowledge.ticket.tickets.control.TicketLists;
import io.ticketknowledge.ticket.views.control.SavedViews;
import io.ticketknowledge.ticket.views.entity.SavedView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Saved ticket lists, personal or shared, and running them. */
@Path("views")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SavedViewsResource {

  private static final String EXAMPLE =
      "{\"name\":\"待處理的 VPN 工單\",\"shared\":false,"
          + "\"filter\":{\"status\":\"OPEN,PENDING\",\"tag\":\"vpn\"},\"sort\":\"-updatedAt\"}";

  @Inject SavedViews views;
  @Inject TicketLists lists;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Saved views you see",
      description = "Your own, then those shared with you (agents: your groups' or everyone's).")
  @APIResponse(
      responseCode = "200",
      description = "The views",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "views", value = ApiExamples.SAVED_VIEWS)))
  public List<SavedViewView> list() {
    return views.visible(currentUser).stream().map(SavedViewView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Save a view",
      description =
          "The filter takes the list's parameters and is parsed by the list's parser: an unknown"
              + " field or value is a 400. Shared views are for agents (403 otherwise); a group"
              + " must be one of yours (admins: any).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "personal", value = EXAMPLE)))
  @APIResponse(responseCode = "201", description = "Saved")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  public Response create(@Valid @NotNull ViewDefinition definition, @Context UriInfo uri) {
    SavedView view = views.create(definition, currentUser);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .tag(Versions.etag(view.version()))
        .entity(SavedViewView.of(view))
        .build();
  }

  @GET
  @Path("{viewId}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a saved view", description = "The ETag is its version.")
  @APIResponse(
      responseCode = "200",
      description = "The view",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "view", value = ApiExamples.SAVED_VIEW)))
  @APIResponse(responseCode = "304", description = "Not modified")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("viewId") long id, @Context Request request) {
    SavedView view = views.get(id, currentUser);
    EntityTag etag = Versions.etag(view.version());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.tag(etag).build();
    }
    return Response.ok(SavedViewView.of(view)).tag(etag).build();
  }

  @PUT
  @Path("{viewId}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Replace a saved view",
      description = "Its owner, or an admin for a shared view. Needs If-Match.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "replace", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "view", value = ApiExamples.SAVED_VIEW)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response replace(
      @PathParam("viewId") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ViewDefinition definition) {
    SavedView view = views.replace(id, definition, ifMatch, currentUser);
    return Response.ok(SavedViewView.of(view)).tag(Versions.etag(view.version())).build();
  }

  @DELETE
  @Path("{viewId}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Delete a saved view",
      description = "Its owner, or an admin for a shared view. Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("viewId") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    views.delete(id, ifMatch, currentUser);
    return Response.noContent().build();
  }

  @GET
  @Path("{viewId}/tickets")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Run a saved view",
      description =
          "The ticket list with the view's filter and sort, within what the caller may see (a"
              + " shared view shows each agent their own tickets). Follow nextCursor.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "page", value = ApiExamples.TICKET_PAGE)))
  @APIResponse(responseCode = "400", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  public TicketPage run(
      @PathParam("viewId") long id,
      @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit,
      @QueryParam("cursor") @Size(max = 200) String cursor) {
    SavedViews.Parsed parsed = views.parsed(id, currentUser);
    return TicketPage.of(
        lists.page(currentUser, parsed.filter(), parsed.sort(), cursor, limit + 1),
        limit,
        parsed.sort());
  }
}
