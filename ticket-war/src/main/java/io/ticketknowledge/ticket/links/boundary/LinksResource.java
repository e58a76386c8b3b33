package io.ticketknowledge.ticket.links.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.links.control.TicketLinks;
import io.ticketknowledge.ticket.merge.control.TicketMerges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Links between tickets: related, duplicate-of, parent/child. */
@Path("tickets/{id}/links")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinksResource {

  @Inject TicketLinks links;
  @Inject TicketMerges merges;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "A ticket's links and merges",
      description =
          "Both directions: a link made from the other ticket shows here with the inverse type"
              + " (DUPLICATED_BY, CHILD_OF). Only tickets the caller may read are listed.")
  @APIResponse(
      responseCode = "200",
      description = "The links",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "links", value = ApiExamples.LINKS)))
  @APIResponse(responseCode = "404", ref = "problem")
  public TicketLinksView list(@PathParam("id") long ticketId) {
    return new TicketLinksView(
        links.of(ticketId, currentUser).stream().map(LinkView::of).toList(),
        merges.mergedInto(ticketId, currentUser).map(TicketRef::of).orElse(null),
        merges.mergedFrom(ticketId, currentUser).stream().map(TicketRef::of).toList(),
        links.articleIds(ticketId, currentUser));
  }

  @POST
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Link the ticket to another (agents)",
      description =
          "Both tickets must be readable by the caller, this one as an agent. Refused: linking a"
              + " ticket to itself (400), a link the pair already has, a second parent or"
              + " original, a cycle of parent/child or duplicate-of links (409).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "parent", value = ApiExamples.NEW_LINK)))
  @APIResponse(
      responseCode = "201",
      description = "Linked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "link", value = ApiExamples.LINK)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", ref = "problem")
  public Response link(
      @PathParam("id") long ticketId, @Valid @NotNull NewLink link, @Context UriInfo uri) {
    TicketLinks.Seen seen = links.link(ticketId, link.type(), link.ticketId(), currentUser);
    return Response.created(uri.getAbsolutePathBuilder().path(seen.link().id().toString()).build())
        .entity(LinkView.of(seen))
        .build();
  }

  @DELETE
  @Path("{linkId}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Remove a link (agents)",
      description = "From either of its tickets; the caller must read both.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response unlink(@PathParam("id") long ticketId, @PathParam("linkId") long linkId) {
    links.unlink(ticketId, linkId, currentUser);
    return Response.noContent().build();
  }
}
