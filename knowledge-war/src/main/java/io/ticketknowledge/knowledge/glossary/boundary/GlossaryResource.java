package io.ticketknowledge.knowledge.glossary.boundary;

import io.ticketknowledge.knowledge.glossary.control.KnowledgeGlossary;
import io.ticketknowledge.knowledge.glossary.entity.GlossaryEntry;
import io.ticketknowledge.platform.security.CurrentUser;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The search glossary: sets of synonyms and regional terms (印表機 = 打印机 = printer) that article
 * searches and suggestions also look for. Applied at query time: a change is effective with the
 * next query, no reindex.
 */
@Path("glossary")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class GlossaryResource {

  @Inject KnowledgeGlossary glossary;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(summary = "Every glossary entry")
  public List<GlossaryEntryView> all() {
    return glossary.all().stream().map(GlossaryEntryView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One glossary entry, with its ETag")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response one(@PathParam("id") long id) {
    GlossaryEntry entry = glossary.existing(id);
    return Response.ok(GlossaryEntryView.of(entry)).tag(Versions.etag(entry.version())).build();
  }

  @POST
  @Operation(summary = "Add a set of terms that mean the same")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", ref = "validation")
  public Response add(@Valid @NotNull GlossaryEntryInput input, @Context UriInfo uri) {
    GlossaryEntry entry = glossary.add(input.kind(), input.terms(), note(input), by());
    return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build())
        .tag(Versions.etag(entry.version()))
        .entity(GlossaryEntryView.of(entry))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a glossary entry", description = "Needs If-Match.")
  @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response replace(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull GlossaryEntryInput input) {
    GlossaryEntry entry =
        glossary.change(id, ifMatch, input.kind(), input.terms(), note(input), by());
    return Response.ok(GlossaryEntryView.of(entry)).tag(Versions.etag(entry.version())).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a glossary entry", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response remove(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    glossary.remove(id, ifMatch);
    return Response.noContent().build();
  }

  private String by() {
    return currentUser.id() == null ? "unknown" : currentUser.id();
  }

  private static String note(GlossaryEntryInput input) {
    return input.note() == null || input.note().isBlank() ? null : input.note().strip();
  }
}
