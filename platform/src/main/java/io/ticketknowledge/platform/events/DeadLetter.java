package io.ticketknowledge.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A message a consumer gave up on, with what is known about it: the envelope fields are null when
 * the message was not an envelope at all.
 */
public record DeadLetter(
    long id,
    String consumer,
    String topic,
    UUID eventId,
    String eventType,
    String aggregateId,
    String message,
    String error,
    int attempts,
    Instant failedAt,
    Instant replayedAt) {}
