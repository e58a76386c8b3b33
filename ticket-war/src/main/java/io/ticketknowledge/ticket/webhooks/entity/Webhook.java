package io.ticketknowledge.ticket.webhooks.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An endpoint an admin registered to receive ticket events of some types, signed with its own
 * secret (stored sealed, never shown again after creation or rotation).
 */
@Entity
@Table(schema = "ticket", name = "webhooks")
public class Webhook {

  @Id
  @SequenceGenerator(
      name = "webhooks_ids",
      schema = "ticket",
      sequenceName = "webhooks_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhooks_ids")
  private Long id;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(length = 500)
  private String description;

  /** Event type names, comma-separated (e.g. {@code ticket.opened,ticket.resolved}). */
  @Column(name = "event_types", nullable = false, length = 2000)
  private String eventTypes;

  @Column(name = "secret_cipher", nullable = false, length = 500)
  private String secretCipher;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Webhook() {}

  public Webhook(
      String url,
      String description,
      Set<TicketEventType> types,
      boolean active,
      String secretCipher,
      String createdBy,
      OffsetDateTime now) {
    this.createdBy = createdBy;
    this.createdAt = now;
    this.secretCipher = secretCipher;
    redefine(url, description, types, active, now);
  }

  public final void redefine(
      String newUrl,
      String newDescription,
      Set<TicketEventType> types,
      boolean isActive,
      OffsetDateTime now) {
    url = newUrl;
    description =
        newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    eventTypes =
        types.stream().sorted().map(type -> type.type().name()).collect(Collectors.joining(","));
    active = isActive;
    updatedAt = now;
  }

  public void rotateSecret(String newSecretCipher, OffsetDateTime now) {
    secretCipher = newSecretCipher;
    updatedAt = now;
  }

  public boolean subscribesTo(String eventTypeName) {
    return active && Arrays.asList(eventTypes.split(",")).contains(eventTypeName);
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String description() {
    return description;
  }

  public Set<TicketEventType> eventTypes() {
    Set<TicketEventType> types = EnumSet.noneOf(TicketEventType.class);
    Set<String> names = Set.of(eventTypes.split(","));
    for (TicketEventType type : TicketEventType.values()) {
      if (names.contains(type.type().name())) {
        types.add(type);
      }
    }
    return types;
  }

  public String secretCipher() {
    return secretCipher;
  }

  public boolean active() {
    return active;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
