package io.ticketknowledge.knowledge.feedback.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "Was this helpful?" with an optional comment. */
public record NewFeedback(
    @NotNull Boolean helpful, @Size(max = 2000) @CleanText(multiline = true) String comment) {}
