package io.ticketknowledge.ticket.merge.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merge the ticket in the URL into {@code targetId}. */
@Schema(name = "MergeRequest", example = "{\"targetId\":52}")
public record MergeRequest(@NotNull @Positive Long targetId) {}
