package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import io.ticketknowledge.ticket.mail.entity.NotificationStatus;
import io.ticketknowledge.ticket.mail.entity.QueuedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code mail_notification} as the sender job sees them: due ones are claimed for a
 * while (so two servers never send the same row at once), then marked sent or put back with a later
 * attempt.
 */
@ApplicationScoped
public class QueuedMails {

  /** How long a claim holds: longer than one SMTP conversation can take. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Transactional
  public List<QueuedMail> claimDue(int limit) {
    Timestamp now = Timestamp.from(Instant.now());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT n.id, n.ticket_id, t.ticket_number, n.recipient, n.language, n.subject, n.body,"
                    + " n.message_id, n.attempts FROM ticket.mail_notification n"
                    + " JOIN ticket.tickets t ON t.id = n.ticket_id"
                    + " WHERE n.status = ?1 AND n.next_attempt_at <= ?2"
                    + " AND (n.claimed_until IS NULL OR n.claimed_until < ?2) ORDER BY n.id")
            .setParameter(1, NotificationStatus.PENDING.name())
            .setParameter(2, now)
            .setMaxResults(limit)
            .getResultList();
    List<QueuedMail> claimed = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      int won =
          em.createNativeQuery(
                  "UPDATE ticket.mail_notification SET claimed_until = ?2 WHERE id = ?1"
                      + " AND (claimed_until IS NULL OR claimed_until < ?3)")
              .setParameter(1, id)
              .setParameter(2, Timestamp.from(now.toInstant().plus(CLAIM)))
              .setParameter(3, now)
              .executeUpdate();
      if (won == 1) {
        claimed.add(
            new QueuedMail(
                id,
                ((Number) row[1]).longValue(),
                row[2].toString(),
                row[3].toString(),
                MailLanguage.ofTag(row[4].toString()),
                row[5].toString(),
                row[6].toString(),
                row[7].toString(),
                ((Number) row[8]).intValue()));
      }
    }
    return claimed;
  }

  @Transactional
  public void sent(long id) {
    em.createNativeQuery(
            "UPDATE ticket.mail_notification SET status = ?2, sent_at = CURRENT_TIMESTAMP,"
                + " attempts = attempts + 1, claimed_until = NULL, last_error = NULL WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, NotificationStatus.SENT.name())
        .executeUpdate();
  }

  /** Another attempt at {@code next}, or FAILED when {@code giveUp}. */
  @Transactional
  public void failed(long id, String error, Instant next, boolean giveUp) {
    em.createNativeQuery(
            "UPDATE ticket.mail_notification SET status = ?2, attempts = attempts + 1,"
                + " next_attempt_at = ?3, claimed_until = NULL, last_error = ?4 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, (giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING).name())
        .setParameter(3, Timestamp.from(next))
        .setParameter(4, error.length() > 1000 ? error.substring(0, 1000) : error)
        .executeUpdate();
  }

  /** Gives a claimed row back untried (the server went away while its batch was sent). */
  @Transactional
  public void release(long id) {
    em.createNativeQuery("UPDATE ticket.mail_notification SET claimed_until = NULL WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** A ticket's mails, newest first (admins, tests). */
  public List<Object[]> ofTicket(long ticketId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, kind, recipient_id, recipient, language, subject, message_id, status,"
                    + " attempts, last_error, created_at, sent_at FROM ticket.mail_notification"
                    + " WHERE ticket_id = ?1 ORDER BY id DESC")
            .setParameter(1, ticketId)
            .setMaxResults(limit)
            .getResultList();
    return rows;
  }

  /** The ticket one of our sent mails is about (threading of replies). */
  public java.util.Optional<Long> ticketOfMessage(String messageId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT ticket_id FROM ticket.mail_notification WHERE message_id = ?1")
            .setParameter(1, messageId)
            .getResultList();
    return rows.stream().findFirst().map(id -> ((Number) id).longValue());
  }
}
