package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calendar as an admin defines it. */
@Schema(
    example =
        "{\"name\":\"台北辦公室\",\"timeZone\":\"Asia/Taipei\",\"week\":{\"MONDAY\":[\"08:30-12:30\",\"13:30-17:30\"],"
            + "\"TUESDAY\":[\"08:30-12:30\",\"13:30-17:30\"],\"WEDNESDAY\":[\"08:30-12:30\",\"13:30-17:30\"],"
            + "\"THURSDAY\":[\"08:30-12:30\",\"13:30-17:30\"],\"FRIDAY\":[\"08:30-12:30\",\"13:30-17:30\"]}}")
public record CalendarRequest(
    @NotBlank @Size(max = 100) @CleanText String name,
    @NotBlank @Size(max = 64) String timeZone,
    @Schema(
            description =
                "Working stretches per weekday (MONDAY or MON …), HH:mm-HH:mm, 24:00 ends the day")
        @NotNull
        @NotEmpty
        @Size(max = 7)
        Map<
                @NotBlank @Size(max = 9) String,
                @NotNull @Size(max = 8) List<@NotBlank @Size(max = 11) String>>
            week) {}
