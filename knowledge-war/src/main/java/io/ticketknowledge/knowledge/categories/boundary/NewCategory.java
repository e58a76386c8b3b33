package io.ticketknowledge.knowledge.categories.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A new category below {@code parentId} (at the root when absent). */
public record NewCategory(
    @Positive Long parentId,
    @NotBlank @Size(max = 100) @CleanText String nameZhTw,
    @NotBlank @Size(max = 100) @CleanText String nameEn,
    @Min(0) @Max(100000) Integer position) {}
