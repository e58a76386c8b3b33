package io.ticketknowledge.ticket.categories.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new category, below {@code parentId} or at the top. */
@Schema(
    name = "NewCategory",
    example = "{\"parentId\":50,\"nameZhTw\":\"印表機\",\"nameEn\":\"Printers\"}")
public record NewCategory(
    @Positive Long parentId,
    @NotBlank @Size(max = 100) @CleanText String nameZhTw,
    @NotBlank @Size(max = 100) @CleanText String nameEn) {}
