package io.ticketknowledge.ticket.comments.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reply (Markdown) on a ticket. {@code internal: true} makes it a note among agents, never shown
 * to requesters; {@code mentions} names agents (user ids of support-group members) to notify.
 */
@Schema(
    name = "NewComment",
    example =
        "{\"body\":\"@陳志豪 請協助確認三樓印表機的驅動版本。\",\"internal\":true," + "\"mentions\":[\"agent1\"]}")
public record NewComment(
    @NotBlank @Size(max = 20000) @CleanText(multiline = true) String body,
    @Schema(description = "Agents only; default false") Boolean internal,
    @Size(max = 20) List<@NotNull @Size(min = 1, max = 255) String> mentions) {}
