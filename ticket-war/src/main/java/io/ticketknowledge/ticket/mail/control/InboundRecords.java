package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.InboundOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of every message read from the mailbox ({@code mail_inbound}), once per id. */
@ApplicationScoped
public class InboundRecords {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public Optional<InboundOutcome> outcomeOf(String messageId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT outcome FROM ticket.mail_inbound WHERE message_id = ?1")
            .setParameter(1, messageId)
            .getResultList();
    return rows.stream().findFirst().map(o -> InboundOutcome.valueOf(o.toString()));
  }

  /** Messages of this sender in the last hour. */
  public long recentFrom(String sender) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ticket.mail_inbound WHERE sender = ?1 AND received_at > ?2")
                .setParameter(1, sender)
                .setParameter(2, Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .getSingleResult())
        .longValue();
  }

  /** In the caller's transaction (with the ticket or comment it made). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String messageId,
      String sender,
      String subject,
      InboundOutcome outcome,
      Long ticketId,
      Long commentId,
      String detail) {
    em.createNativeQuery(
            "INSERT INTO ticket.mail_inbound (message_id, sender, subject, outcome, ticket_id,"
                + " comment_id, detail, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                + " CURRENT_TIMESTAMP)")
        .setParameter(1, cut(messageId, 400))
        .setParameter(2, cut(sender, 320))
        .setParameter(3, cut(subject, 1000))
        .setParameter(4, outcome.name())
        .setParameter(5, ticketId)
        .setParameter(6, commentId)
        .setParameter(7, detail == null ? null : cut(detail, 1000))
        .executeUpdate();
  }

  /** A message that made nothing (ignored or refused), in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(
      String messageId, String sender, String subject, InboundOutcome outcome, String detail) {
    record(messageId, sender, subject, outcome, null, null, detail);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void addDetail(String messageId, String detail) {
    em.createNativeQuery("UPDATE ticket.mail_inbound SET detail = ?2 WHERE message_id = ?1")
        .setParameter(1, messageId)
        .setParameter(2, cut(detail, 1000))
        .executeUpdate();
  }

  public Optional<Long> ticketOfNumber(String number) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT id FROM ticket.tickets WHERE ticket_number = ?1")
            .setParameter(1, number)
            .getResultList();
    return rows.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  /** The newest records, optionally of one Message-ID (admins, tests). */
  public List<Object[]> newest(String messageId, int limit) {
    jakarta.persistence.Query query =
        em.createNativeQuery(
                "SELECT id, message_id, sender, subject, outcome, ticket_id, comment_id, detail,"
                    + " received_at FROM ticket.mail_inbound"
                    + (messageId == null ? "" : " WHERE message_id = ?1")
                    + " ORDER BY id DESC")
            .setMaxResults(limit);
    if (messageId != null) {
      query.setParameter(1, messageId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  private static String cut(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() <= max ? value : value.substring(0, max);
  }
}
