package io.ticketknowledge.ticket.satisfaction.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.satisfaction.entity.Rating;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requester's answer to a survey: the token of the link, good or bad, maybe a comment. */
@Schema(
    name = "RatingRequest",
    example =
        "{\"token\":\"51.1796026500000.1797236100.q0v…\",\"rating\":\"GOOD\",\"comment\":\"謝謝\"}")
public record RatingRequest(
    @NotBlank @Size(max = 200) String token,
    @NotNull Rating rating,
    @Size(max = 2000) @CleanText String comment) {}
