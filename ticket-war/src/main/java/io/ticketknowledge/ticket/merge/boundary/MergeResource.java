package io.ticketknowledge.ticket.merge.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.merge.control.TicketMerges;
import io.ticketknowledge.ticket.tickets.boundary.TicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Merging a ticket into another. */
@Path("tickets/{id}/merge")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MergeResource {

  @Inject TicketMerges merges;
  @Inject CurrentUser currentUser;

  @POST
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Merge this ticket into another (agents)",
      description =
          "If-Match names this (the source) ticket's version; the target's version moves too, so"
              + " a concurrent change of either is a 412. The conversation, watchers (and the"
              + " source's requester), tags and attachments move to the target; both requesters"
              + " are told in a public system comment; the source is closed and points to the"
              + " target (GET /tickets/{id}/links: mergedInto). Refused: into itself (400); a"
              + " closed or merged source or target, a cycle (409); tickets the agent cannot"
              + " read (404). The ETag header is the source's new version.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "merge", value = "{\"targetId\":52}")))
  @APIResponse(
      responseCode = "200",
      description = "Merged: both tickets",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "merged", value = ApiExamples.MERGED)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response merge(
      @PathParam("id") long sourceId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MergeRequest request) {
    TicketMerges.Merged merged = merges.merge(sourceId, request.targetId(), ifMatch, currentUser);
    return Response.ok(
            new MergeView(
                TicketView.of(merged.source()),
                TicketView.of(merged.target()),
                merged.movedComments()))
        .tag(Versions.etag(merged.source().version()))
        .build();
  }
}
