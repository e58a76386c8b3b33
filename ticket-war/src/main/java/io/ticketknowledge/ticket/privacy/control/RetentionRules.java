package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.privacy.entity.RetentionRule;
import io.ticketknowledge.ticket.privacy.entity.RetentionTerms;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The admin-managed retention rules, one per ticket type (none: nothing ages out). */
@ApplicationScoped
public class RetentionRules {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public List<RetentionRule> all() {
    return em
        .createNativeQuery(
            "SELECT ticket_type, anonymize_after_months, delete_attachments_after_months,"
                + " keep_content_on_erasure, updated_at, version"
                + " FROM ticket.ticket_retention_rules ORDER BY ticket_type")
        .getResultList()
        .stream()
        .map(row -> rule((Object[]) row))
        .toList();
  }

  /** The terms by type, as retention and erasure apply them. */
  public Map<TicketType, RetentionTerms> termsByType() {
    Map<TicketType, RetentionTerms> terms = new EnumMap<>(TicketType.class);
    all().forEach(rule -> terms.put(rule.type(), rule.terms()));
    return terms;
  }

  /** The type's rule; version 0 when none is defined. */
  public RetentionRule of(TicketType type) {
    return all().stream()
        .filter(rule -> rule.type() == type)
        .findFirst()
        .orElse(RetentionRule.none(type));
  }

  /** Defines or redefines the type's rule; If-Match names the version read ({@code "0"}: none). */
  @Transactional
  public RetentionRule define(TicketType type, RetentionTerms terms, String ifMatch) {
    RetentionRule current = of(type);
    Versions.requireMatch(ifMatch, current.version());
    Object now = Columns.utc(Instant.now());
    int changed =
        current.version() == 0
            ? em.createNativeQuery(
                    "INSERT INTO ticket.ticket_retention_rules (ticket_type, anonymize_after_months,"
                        + " delete_attachments_after_months, keep_content_on_erasure, updated_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, 1)")
                .setParameter(1, type.name())
                .setParameter(2, terms.anonymizeAfterMonths())
                .setParameter(3, terms.deleteAttachmentsAfterMonths())
                .setParameter(4, terms.keepContentOnErasure())
                .setParameter(5, now)
                .executeUpdate()
            : em.createNativeQuery(
                    "UPDATE ticket.ticket_retention_rules SET anonymize_after_months = ?,"
                        + " delete_attachments_after_months = ?, keep_content_on_erasure = ?,"
                        + " updated_at = ?, version = version + 1"
                        + " WHERE ticket_type = ? AND version = ?")
                .setParameter(1, terms.anonymizeAfterMonths())
                .setParameter(2, terms.deleteAttachmentsAfterMonths())
                .setParameter(3, terms.keepContentOnErasure())
                .setParameter(4, now)
                .setParameter(5, type.name())
                .setParameter(6, current.version())
                .executeUpdate();
    if (changed != 1) {
      Versions.requireMatch(ifMatch, current.version() + 1);
    }
    return of(type);
  }

  @Transactional
  public void delete(TicketType type, String ifMatch) {
    RetentionRule current = of(type);
    if (current.version() == 0) {
      throw ApiException.notFound("privacy.rule-not-found", type.name());
    }
    Versions.requireMatch(ifMatch, current.version());
    em.createNativeQuery(
            "DELETE FROM ticket.ticket_retention_rules WHERE ticket_type = ? AND version = ?")
        .setParameter(1, type.name())
        .setParameter(2, current.version())
        .executeUpdate();
  }

  private static RetentionRule rule(Object[] row) {
    return new RetentionRule(
        TicketType.valueOf((String) row[0]),
        new RetentionTerms(Columns.months(row[1]), Columns.months(row[2]), Columns.flag(row[3])),
        Columns.instant(row[4]),
        Columns.number(row[5]));
  }
}
