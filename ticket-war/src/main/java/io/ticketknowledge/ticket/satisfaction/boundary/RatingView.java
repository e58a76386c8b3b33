package io.ticketknowledge.ticket.satisfaction.boundary;

import io.ticketknowledge.ticket.satisfaction.entity.Rating;
import io.ticketknowledge.ticket.satisfaction.entity.SatisfactionRating;
import java.time.OffsetDateTime;

/** One rating of a ticket's resolution. */
public record RatingView(
    long ticketId,
    Rating rating,
    String comment,
    OffsetDateTime resolvedAt,
    OffsetDateTime ratedAt,
    String agentId,
    Long groupId) {

  public static RatingView of(SatisfactionRating rating) {
    return new RatingView(
        rating.ticketId(),
        rating.rating(),
        rating.comment(),
        rating.resolvedAt(),
        rating.ratedAt(),
        rating.agentId(),
        rating.groupId());
  }
}
