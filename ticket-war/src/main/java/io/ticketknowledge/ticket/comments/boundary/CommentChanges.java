package io.ticketknowledge.ticket.comments.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A corrected comment body, by its author within the edit window. */
@Schema(name = "CommentChanges", example = "{\"body\":\"更正：是四樓的印表機。\"}")
public record CommentChanges(
    @NotBlank @Size(max = 20000) @CleanText(multiline = true) String body) {}
