package io.ticketknowledge.ticket.categories.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A merge patch of a category; {@code active: false} retires it (tickets keep it). */
@Schema(name = "CategoryChanges", example = "{\"nameEn\":\"Printers and scanners\"}")
public record CategoryChanges(
    @Positive Long parentId,
    @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*") @CleanText String nameZhTw,
    @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*") @CleanText String nameEn,
    Boolean active) {}
