package io.ticketknowledge.knowledge.feedback.boundary;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.feedback.control.FeedbackBox;
import io.ticketknowledge.knowledge.feedback.entity.ArticleFeedback;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Readers tell whether an article helped; its owner (and admins) read what they said. */
@Path("articles/{id}/feedback")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @Inject FeedbackBox box;
  @Inject CurrentUser currentUser;

  @POST
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Was this article helpful?")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(
      responseCode = "404",
      description = "Not an article the caller may read",
      ref = "problem")
  public Response give(@PathParam("id") long id, @Valid @NotNull NewFeedback request) {
    ArticleFeedback feedback =
        box.give(id, request.helpful(), request.comment(), Reader.of(currentUser));
    return Response.status(Response.Status.CREATED).entity(FeedbackView.of(feedback)).build();
  }

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "The article's feedback, newest first (owner and admins)")
  @APIResponse(responseCode = "200", description = "The feedback")
  @APIResponse(responseCode = "403", description = "Not the owner", ref = "problem")
  public List<FeedbackView> list(@PathParam("id") long id) {
    return box.of(id, Reader.of(currentUser)).stream().map(FeedbackView::of).toList();
  }
}
