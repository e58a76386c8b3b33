package io.ticketknowledge.knowledge.categories.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A merge patch of a category; {@code parentId} 0 moves it to the root. */
public record CategoryChanges(
    @PositiveOrZero Long parentId,
    @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*") @CleanText String nameZhTw,
    @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*") @CleanText String nameEn,
    @Min(0) @Max(100000) Integer position) {}
