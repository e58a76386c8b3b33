package io.ticketknowledge.ticket.categories.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditChanges;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.categories.control.Categories;
import io.ticketknowledge.ticket.categories.entity.Category;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** The category tree of tickets: everyone reads it, admins maintain it. */
@Path("categories")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoriesResource {

  @Inject Categories categories;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "List the categories",
      description =
          "A flat list of the tree (parentId links the nodes), oldest first; retired ones only"
              + " with retired=true.")
  @APIResponse(
      responseCode = "200",
      description = "The categories",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "tree",
                      value =
                          "[{\"id\":50,\"parentId\":null,\"nameZhTw\":\"硬體\",\"nameEn\":\"Hardware\","
                              + "\"active\":true,\"version\":0},{\"id\":51,\"parentId\":50,"
                              + "\"nameZhTw\":\"印表機\",\"nameEn\":\"Printers\",\"active\":true,"
                              + "\"version\":0}]")))
  public List<CategoryView> list(@QueryParam("retired") @DefaultValue("false") boolean retired) {
    return categories.all(retired).stream().map(CategoryView::of).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a category (admins)")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "category", value = ApiExamples.NEW_CATEGORY)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "category", value = ApiExamples.CATEGORY)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  public Response create(@Valid @NotNull NewCategory request, @Context UriInfo uri) {
    Category category = categories.create(request);
    audit.success(
        AuditAction.CATEGORY_CHANGED,
        AuditObject.of("category", category.id()),
        AuditChanges.requested(request));
    return Response.created(uri.getAbsolutePathBuilder().path(category.id().toString()).build())
        .tag(Versions.etag(category.version()))
        .entity(CategoryView.of(category))
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Rename, move or retire a category (admins)",
      description = "Needs If-Match with the category's ETag.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/merge-patch+json",
              examples = @ExampleObject(name = "rename", value = ApiExamples.CATEGORY_CHANGES)))
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "category", value = ApiExamples.CATEGORY)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CategoryChanges changes) {
    Category category = categories.change(id, changes, ifMatch);
    audit.success(
        AuditAction.CATEGORY_CHANGED,
        AuditObject.of("category", id),
        AuditChanges.requested(changes));
    return Response.ok(CategoryView.of(category)).tag(Versions.etag(category.version())).build();
  }
}
