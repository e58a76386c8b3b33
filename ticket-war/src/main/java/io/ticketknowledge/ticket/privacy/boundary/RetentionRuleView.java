package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.ticket.privacy.entity.RetentionRule;
import java.time.Instant;

/** A retention rule; ETag = {@code version}. */
public record RetentionRuleView(
    String ticketType,
    Integer anonymizeAfterMonths,
    Integer deleteAttachmentsAfterMonths,
    boolean keepContentOnErasure,
    Instant updatedAt,
    long version) {

  static RetentionRuleView of(RetentionRule rule) {
    return new RetentionRuleView(
        rule.type().name(),
        rule.terms().anonymizeAfterMonths(),
        rule.terms().deleteAttachmentsAfterMonths(),
        rule.terms().keepContentOnErasure(),
        rule.updatedAt(),
        rule.version());
  }
}
