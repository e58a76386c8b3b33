package io.ticketknowledge.ticket.satisfaction.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.satisfaction.control.SatisfactionSurveys;
import io.ticketknowledge.ticket.satisfaction.entity.SatisfactionRating;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A ticket's CSAT: the requester's survey link, the ratings for the agents who see the ticket. */
@Path("tickets/{id}/satisfaction")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketSatisfactionResource {

  @Inject SatisfactionSurveys surveys;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "A ticket's satisfaction survey and ratings",
      description =
          "For the requester of a resolved ticket not rated yet: survey {url, token, expiresAt},"
              + " the one-click link (docs/satisfaction.md). For agents who see the ticket: the"
              + " ratings. Watchers and others: 404.")
  @APIResponse(
      responseCode = "200",
      description = "The survey (requester) or the ratings (agents)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "requester", value = SatisfactionExamples.FOR_REQUESTER),
                @ExampleObject(name = "agent", value = SatisfactionExamples.FOR_AGENT)
              }))
  @APIResponse(responseCode = "404", ref = "problem")
  public TicketSatisfactionView get(@PathParam("id") long id) {
    TicketViewer viewer = surveys.viewerOf(currentUser);
    Ticket ticket = surveys.find(id, viewer);
    List<SatisfactionRating> ratings = surveys.ratingsOf(ticket, viewer);
    TicketSatisfactionView.Survey survey = null;
    if (ticket.isRequestedBy(currentUser.id())) {
      survey =
          surveys
              .offerFor(ticket)
              .filter(offer -> offer.expiresAt().isAfter(Instant.now()))
              .filter(
                  offer ->
                      ratings.stream()
                          .noneMatch(
                              r -> r.resolvedAt().toInstant().equals(currentResolution(ticket))))
              .map(
                  offer ->
                      new TicketSatisfactionView.Survey(
                          offer.url(), offer.token(), offer.expiresAt()))
              .orElse(null);
    }
    return new TicketSatisfactionView(
        ticket.id(), survey, ratings.stream().map(RatingView::of).toList());
  }

  /** As the survey token holds it: to the millisecond. */
  private static Instant currentResolution(Ticket ticket) {
    return ticket.resolvedAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
  }
}
