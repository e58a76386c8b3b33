package io.ticketknowledge.ticket.webhooks.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as an admin defines it: where, which ticket event types, whether active. */
@Schema(
    name = "WebhookRequest",
    example =
        "{\"url\":\"https://hooks.example.com/tk\",\"description\":\"CMDB sync\","
            + "\"eventTypes\":[\"ticket.opened\",\"ticket.resolved\"],\"active\":true}")
public record WebhookRequest(
    @NotBlank @Size(max = 2000) String url,
    @Size(max = 500) @CleanText String description,
    @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 200) String> eventTypes,
    Boolean active) {

  public boolean activeOrDefault() {
    return active == null || active;
  }
}
