package io.ticketknowledge.ticket.satisfaction.entity;

import java.time.Instant;

/** What a valid survey token says: which resolution of which ticket, and until when. */
public record SurveyClaim(long ticketId, Instant resolvedAt, Instant expiresAt) {}
