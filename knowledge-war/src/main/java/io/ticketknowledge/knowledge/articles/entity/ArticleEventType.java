package io.ticketknowledge.knowledge.articles.entity;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The events the Knowledge module publishes on {@code knowledge.events}, one constant per type and
 * schema version (docs/events/schemas/&lt;type&gt;.v&lt;N&gt;.json); the contract tests fail until
 * this enum, the schema files and docs/events/asyncapi.yaml agree.
 */
public enum ArticleEventType {
  /** An article became visible to its readers; payload: the published revision. */
  PUBLISHED(EventType.of("article.published", 1)),
  /** What readers see of a live article changed; payload: the published revision. */
  UPDATED(EventType.of("article.updated", 1)),
  /** Readers no longer see the article. */
  ARCHIVED(EventType.of("article.archived", 1));

  public static final String TOPIC = "knowledge.events";

  private final EventType type;

  ArticleEventType(EventType type) {
    this.type = type;
  }

  public EventType type() {
    return type;
  }

  /**
   * Which of these {@code event} is; empty for a type of no concern.
   *
   * @throws MalformedEventException for a known type in a schema version not known here
   */
  public static Optional<ArticleEventType> of(EventEnvelope event) {
    Optional<ArticleEventType> known =
        Arrays.stream(values()).filter(t -> t.type.matches(event)).findFirst();
    if (known.isEmpty()
        && Arrays.stream(values()).anyMatch(t -> t.type.name().equals(event.type()))) {
      throw new MalformedEventException(
          event.eventType() + " is a schema version this consumer does not know yet");
    }
    return known;
  }
}
