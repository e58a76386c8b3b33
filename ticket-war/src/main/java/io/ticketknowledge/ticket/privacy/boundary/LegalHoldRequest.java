package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets ({@code held: true}) or clears a legal hold; a reason is required either way. */
@Schema(name = "LegalHoldRequest")
public record LegalHoldRequest(
    @NotNull Boolean held,
    @Schema(description = "Why (a case or matter reference); recorded in the audit trail")
        @NotBlank
        @Size(max = 500)
        @CleanText
        String reason) {}
