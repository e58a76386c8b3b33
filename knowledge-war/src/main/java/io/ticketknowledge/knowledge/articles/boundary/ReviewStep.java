package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.Size;

/** The comment of a review step (required when sending back). */
public record ReviewStep(@Size(max = 2000) @CleanText(multiline = true) String comment) {}
