package io.ticketknowledge.ticket.history.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What happened to a ticket, in order. */
@Path("tickets/{id}/history")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketHistoryResource {

  @Inject TicketHistory history;
  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "A ticket's history",
      description =
          "Every change (fields, description edits, status, assignment, comment edits) with actor,"
              + " time, before and after, oldest first. Internal entries only for agents.")
  @APIResponse(
      responseCode = "200",
      description = "The entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "history",
                      value =
                          "[{\"id\":50,\"at\":\"2026-03-02T01:15:00Z\",\"actor\":{\"id\":\"agent1\","
                              + "\"name\":\"陳志豪\"},\"change\":\"status\",\"before\":\"NEW\","
                              + "\"after\":\"OPEN\",\"internal\":false}]")))
  @APIResponse(responseCode = "404", ref = "problem")
  public List<HistoryEntryView> list(@PathParam("id") long id) {
    TicketViewer viewer = viewers.of(currentUser);
    Ticket ticket = queries.visible(id, viewer);
    boolean agent = TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.AGENT;
    return history.of(ticket.id(), agent).stream().map(HistoryEntryView::of).toList();
  }
}
