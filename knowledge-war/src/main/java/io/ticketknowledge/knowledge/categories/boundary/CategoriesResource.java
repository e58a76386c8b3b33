package io.ticketknowledge.knowledge.categories.boundary;

import io.ticketknowledge.knowledge.categories.control.CategoryTree;
import io.ticketknowledge.knowledge.categories.entity.Category;
import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditChanges;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The category tree of the knowledge base: everyone reads it, admins shape it. */
@Path("categories")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoriesResource {

  @Inject CategoryTree tree;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Every category (flat; build the tree from parentId)")
  public List<CategoryView> all() {
    return tree.all().stream().map(CategoryView::of).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a category")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", description = "No such parent", ref = "problem")
  public Response add(@Valid @NotNull NewCategory request, @Context UriInfo uri) {
    Category category =
        tree.add(
            request.parentId(),
            request.nameZhTw().strip(),
            request.nameEn().strip(),
            request.position() == null ? 0 : request.position());
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
  @Operation(summary = "Rename or move a category", description = "Needs If-Match.")
  @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header")
  @APIResponse(responseCode = "409", description = "The move would make a cycle", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CategoryChanges changes) {
    Long parent = changes.parentId();
    Category category =
        tree.change(
            id,
            ifMatch,
            changes.nameZhTw() == null ? null : changes.nameZhTw().strip(),
            changes.nameEn() == null ? null : changes.nameEn().strip(),
            parent != null && parent != 0 ? parent : null,
            parent != null && parent == 0,
            changes.position());
    audit.success(
        AuditAction.CATEGORY_CHANGED,
        AuditObject.of("category", id),
        AuditChanges.requested(changes));
    return Response.ok(CategoryView.of(category)).tag(Versions.etag(category.version())).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Remove an empty category", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "Has subcategories or articles", ref = "problem")
  public Response remove(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    tree.remove(id, ifMatch);
    audit.success(
        AuditAction.CATEGORY_CHANGED,
        AuditObject.of("category", id),
        AuditChanges.requested(java.util.Map.of("removed", true)));
    return Response.noContent().build();
  }
}
