package io.ticketknowledge.ticket.satisfaction.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's satisfaction: for its requester, the open survey of the current resolution (link,
 * token, expiry) until they answered it; for everyone who may read it, the ratings.
 */
public record TicketSatisfactionView(long ticketId, Survey survey, List<RatingView> ratings) {

  /** The survey link to follow (the portal page that posts the answer) and its token. */
  public record Survey(String url, String token, Instant expiresAt) {}
}
