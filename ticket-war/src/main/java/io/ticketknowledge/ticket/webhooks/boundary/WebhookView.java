package io.ticketknowledge.ticket.webhooks.boundary;

import io.ticketknowledge.ticket.webhooks.entity.Webhook;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A webhook as the API shows it. {@code secret} is present only in the answer to its creation and
 * to a rotation: it is never readable again.
 */
public record WebhookView(
    long id,
    String url,
    String description,
    List<String> eventTypes,
    boolean active,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version,
    String secret) {

  public static WebhookView of(Webhook hook) {
    return withSecret(hook, null);
  }

  public static WebhookView withSecret(Webhook hook, String secret) {
    return new WebhookView(
        hook.id(),
        hook.url(),
        hook.description(),
        hook.eventTypes().stream().map(type -> type.type().name()).toList(),
        hook.active(),
        hook.createdBy(),
        hook.createdAt(),
        hook.updatedAt(),
        hook.version(),
        secret);
  }
}
