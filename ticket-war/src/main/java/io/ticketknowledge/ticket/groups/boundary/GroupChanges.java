package io.ticketknowledge.ticket.groups.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A merge patch of a group; {@code members} replaces the whole list. */
@Schema(
    name = "GroupChanges",
    example =
        "{\"members\":[{\"userId\":\"agent1\",\"name\":\"陳志豪\"},{\"userId\":\"admin1\",\"name\":\"張建國\"}]}")
public record GroupChanges(
    @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*") @CleanText String name,
    @Size(max = 500) @CleanText String description,
    @Size(max = 500) List<NewGroup.@Valid @NotNull Member> members) {}
