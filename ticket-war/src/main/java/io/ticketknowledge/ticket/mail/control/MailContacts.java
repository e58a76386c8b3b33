package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.LanguageSource;
import io.ticketknowledge.ticket.mail.entity.MailContact;
import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The users' mail addresses and languages (table {@code mail_contact}). */
@ApplicationScoped
public class MailContacts {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public Optional<MailContact> of(String userId) {
    return first(
        em.createNativeQuery(
                "SELECT user_id, email, display_name, language FROM ticket.mail_contact WHERE user_id = ?1")
            .setParameter(1, userId)
            .getResultList());
  }

  /** The signed-in user with this address (the newest, should two share it). */
  public Optional<MailContact> byEmail(String email) {
    return first(
        em.createNativeQuery(
                "SELECT user_id, email, display_name, language FROM ticket.mail_contact"
                    + " WHERE email = ?1 ORDER BY updated_at DESC")
            .setParameter(1, email.toLowerCase(Locale.ROOT))
            .setMaxResults(1)
            .getResultList());
  }

  /**
   * Stores the address and name, and the language unless a stronger source set it; in its own
   * transaction (called from a request filter and from the mail import).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remember(
      String userId, String email, String name, MailLanguage language, LanguageSource source) {
    @SuppressWarnings("unchecked")
    List<Object> stored =
        em.createNativeQuery("SELECT language_from FROM ticket.mail_contact WHERE user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    String address = email.strip().toLowerCase(Locale.ROOT);
    if (stored.isEmpty()) {
      try {
        em.createNativeQuery(
                "INSERT INTO ticket.mail_contact (user_id, email, display_name, language, language_from,"
                    + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, CURRENT_TIMESTAMP)")
            .setParameter(1, userId)
            .setParameter(2, address)
            .setParameter(3, name)
            .setParameter(4, language.tag())
            .setParameter(5, source.name())
            .executeUpdate();
      } catch (PersistenceException raced) {
        // another request of the same user inserted it first: theirs is as good
      }
      return;
    }
    boolean languageToo = source.overrides(LanguageSource.valueOf(stored.get(0).toString()));
    jakarta.persistence.Query update =
        em.createNativeQuery(
                "UPDATE ticket.mail_contact SET email = ?2, display_name = ?3,"
                    + " updated_at = CURRENT_TIMESTAMP"
                    + (languageToo ? ", language = ?4, language_from = ?5" : "")
                    + " WHERE user_id = ?1")
            .setParameter(1, userId)
            .setParameter(2, address)
            .setParameter(3, name);
    if (languageToo) {
      update.setParameter(4, language.tag()).setParameter(5, source.name());
    }
    update.executeUpdate();
  }

  private static Optional<MailContact> first(List<?> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new MailContact(
            row[0].toString(),
            row[1].toString(),
            row[2].toString(),
            MailLanguage.ofTag(row[3].toString())));
  }
}
