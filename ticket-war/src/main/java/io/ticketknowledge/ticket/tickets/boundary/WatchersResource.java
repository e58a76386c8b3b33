package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.tickets.control.TicketWatchers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who follows a ticket: watchers read it and its public conversation. */
@Path("tickets/{id}/watchers")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchersResource {

  @Inject TicketWatchers watchers;
  @Inject CurrentUser currentUser;

  /** A user to add (the identity provider's user id). */
  @Schema(name = "NewWatcher", example = "{\"userId\":\"requester2\"}")
  public record NewWatcher(@NotBlank @Size(max = 255) @CleanText String userId) {}

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "The ticket's watchers (user ids)")
  @APIResponse(
      responseCode = "200",
      description = "The watchers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "watchers", value = "[\"requester2\"]")))
  @APIResponse(responseCode = "404", ref = "problem")
  public List<String> list(@PathParam("id") long ticketId) {
    return watchers.of(ticketId, currentUser).watcherIds();
  }

  @POST
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Add a watcher",
      description =
          "By the requester or an agent; the watcher then reads the ticket and its public"
              + " conversation. Adding one twice changes nothing.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "colleague", value = ApiExamples.NEW_WATCHER)))
  @APIResponse(
      responseCode = "200",
      description = "The watchers now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "watchers", value = ApiExamples.WATCHERS)))
  @APIResponse(responseCode = "403", description = "Watchers add nobody", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  public List<String> add(@PathParam("id") long ticketId, @Valid @NotNull NewWatcher watcher) {
    return watchers.add(ticketId, watcher.userId(), currentUser).watcherIds();
  }

  @DELETE
  @Path("{userId}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Remove a watcher",
      description = "By the requester or an agent, or by the watcher themselves.")
  @APIResponse(
      responseCode = "200",
      description = "The watchers now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "watchers", value = ApiExamples.WATCHERS)))
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  public List<String> remove(
      @PathParam("id") long ticketId, @PathParam("userId") @Size(max = 255) String userId) {
    return watchers.remove(ticketId, userId, currentUser).watcherIds();
  }
}
