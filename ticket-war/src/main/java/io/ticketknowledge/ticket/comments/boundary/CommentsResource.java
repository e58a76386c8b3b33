package io.ticketknowledge.ticket.comments.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.comments.control.TicketConversation;
import io.ticketknowledge.ticket.comments.entity.Comment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The conversation of a ticket. */
@Path("tickets/{id}/comments")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentsResource {

  @Inject TicketConversation conversation;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "The conversation of a ticket",
      description =
          "Oldest first. Internal notes only for agents; requesters get the public replies.")
  @APIResponse(
      responseCode = "200",
      description = "The comments",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "conversation",
                      value =
                          "[{\"id\":50,\"ticketId\":51,\"author\":{\"id\":\"agent1\",\"name\":\"陳志豪\"},"
                              + "\"body\":\"請問印表機面板顯示什麼錯誤？\",\"internal\":false,\"mentions\":[],"
                              + "\"createdAt\":\"2026-03-02T01:20:00Z\",\"editedAt\":null,\"version\":1}]")))
  @APIResponse(responseCode = "404", ref = "problem")
  public List<CommentView> list(@PathParam("id") long ticketId) {
    return conversation.of(ticketId, currentUser).stream().map(CommentView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Reply, or add an internal note (agents)",
      description =
          "A requester's reply to a PENDING or RESOLVED ticket reopens it (status OPEN). Closed"
              + " tickets take no comments (409). Mentions must be agents of a support group.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "note", value = ApiExamples.NEW_COMMENT)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "comment", value = ApiExamples.COMMENT)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", description = "internal by a requester", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", description = "The ticket is closed", ref = "problem")
  public Response add(
      @PathParam("id") long ticketId, @Valid @NotNull NewComment request, @Context UriInfo uri) {
    Comment comment = conversation.add(ticketId, request, currentUser);
    return Response.created(uri.getAbsolutePathBuilder().path(comment.id().toString()).build())
        .tag(Versions.etag(comment.version()))
        .entity(CommentView.of(comment))
        .build();
  }

  @PATCH
  @Path("{commentId}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Correct your comment",
      description =
          "By its author, within tk.tickets.comments.edit-window-minutes of writing it, with"
              + " If-Match; the earlier text stays in the ticket's history.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/merge-patch+json",
              examples = @ExampleObject(name = "correction", value = ApiExamples.COMMENT_CHANGES)))
  @APIResponse(
      responseCode = "200",
      description = "Corrected",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "comment", value = ApiExamples.COMMENT)))
  @APIResponse(responseCode = "403", description = "Not your comment", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", description = "The edit window has passed", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response edit(
      @PathParam("id") long ticketId,
      @PathParam("commentId") long commentId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CommentChanges changes) {
    Comment comment = conversation.edit(ticketId, commentId, changes, ifMatch, currentUser);
    return Response.ok(CommentView.of(comment)).tag(Versions.etag(comment.version())).build();
  }
}
