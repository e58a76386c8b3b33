package io.ticketknowledge.ticket.privacy.entity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What happens to the closed tickets of one type as they age: anonymized {@code
 * anonymizeAfterMonths} after closing, their files deleted {@code deleteAttachmentsAfterMonths}
 * after closing (null: never), and whether a person's erasure keeps the content of their tickets of
 * this type ({@code keepContentOnErasure}; their name is replaced either way).
 */
public record RetentionTerms(
    Integer anonymizeAfterMonths,
    Integer deleteAttachmentsAfterMonths,
    boolean keepContentOnErasure) {

  public static final int MAX_MONTHS = 1200;

  /**
   * Without a rule: nothing ages out, and an erasure erases the content of the person's tickets.
   */
  public static final RetentionTerms NONE = new RetentionTerms(null, null, false);

  public RetentionTerms {
    check(anonymizeAfterMonths);
    check(deleteAttachmentsAfterMonths);
  }

  private static void check(Integer months) {
    if (months != null && (months < 0 || months > MAX_MONTHS)) {
      throw new IllegalArgumentException("months out of range: " + months);
    }
  }

  /** Tickets closed before this instant are due for anonymization; empty when never. */
  public Optional<Instant> anonymizeCutoff(Instant now) {
    return cutoff(anonymizeAfterMonths, now);
  }

  /** Files of tickets closed before this instant are due for deletion; empty when never. */
  public Optional<Instant> attachmentsCutoff(Instant now) {
    return cutoff(deleteAttachmentsAfterMonths, now);
  }

  /** Calendar months in UTC: closed on 31 March, 1 month → due after 30 April. */
  private static Optional<Instant> cutoff(Integer months, Instant now) {
    return months == null
        ? Optional.empty()
        : Optional.of(now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant());
  }
}
