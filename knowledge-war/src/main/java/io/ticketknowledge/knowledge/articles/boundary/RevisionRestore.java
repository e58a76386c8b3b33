package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.Size;

/** Why an old revision is restored (optional). */
public record RevisionRestore(@Size(max = 500) @CleanText String message) {}
