package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.platform.persistence.NativeQueries;
import io.ticketknowledge.platform.privacy.SubjectId;
import io.ticketknowledge.ticket.privacy.entity.ErasureReport;
import io.ticketknowledge.ticket.privacy.entity.PrivacyEventType;
import io.ticketknowledge.ticket.privacy.entity.RetentionTerms;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Erases a person from the Ticket module's rows in one transaction (decision 0026): their name
 * becomes their pseudonym everywhere it is stored, the content of tickets they requested and of
 * comments they wrote is erased unless the ticket type's retention rule keeps it, their files' rows
 * go, their watches go — all except on tickets under a legal hold — and {@code person.erased}
 * enters the outbox in the same transaction so the other module follows. Running it again changes
 * only what is left (a hold cleared since, a ticket opened since).
 */
@ApplicationScoped
public class ErasureRows {

  private final Outbox outbox = new Outbox("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketScrubbing scrubbing;
  @Inject RetentionRules rules;

  /** What the transaction did, and the blob keys to delete once it has committed. */
  public record Erased(ErasureReport report, List<String> blobKeys) {}

  @Transactional
  public Erased erase(SubjectId subject, String actorId) {
    String s = subject.value();
    String pseudonym = subject.pseudonym().stored();
    Map<TicketType, RetentionTerms> terms = rules.termsByType();
    List<String> oldNames = names(s, pseudonym);
    List<Long> held =
        longs(
            "SELECT DISTINCT t.id FROM ticket.tickets t WHERE t.id IN "
                + TicketScrubbing.HELD
                + " AND (t.requester_id = ?1 OR t.assignee_id = ?1 OR EXISTS (SELECT 1 FROM"
                + " ticket.ticket_comments c WHERE c.ticket_id = t.id AND c.author_id = ?1) OR EXISTS"
                + " (SELECT 1 FROM ticket.ticket_attachments a WHERE a.ticket_id = t.id AND"
                + " a.uploader_id = ?1)) ORDER BY t.id",
            s);
    Set<Long> republish = new TreeSet<>();

    // tickets they requested: the name always, the content unless the type's rule keeps it
    int pseudonymized = 0;
    List<Long> contentErased = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, ticket_type, requester_name, subject, description, resolution"
                    + " FROM ticket.tickets WHERE requester_id = ?1 AND id NOT IN "
                    + TicketScrubbing.HELD
                    + " ORDER BY id")
            .setParameter(1, s)
            .getResultList()) {
      Object[] t = (Object[]) row;
      long id = Columns.number(t[0]);
      boolean keep =
          terms
              .getOrDefault(TicketType.valueOf((String) t[1]), RetentionTerms.NONE)
              .keepContentOnErasure();
      if (!pseudonym.equals(t[2])) {
        em.createNativeQuery("UPDATE ticket.tickets SET requester_name = ? WHERE id = ?")
            .setParameter(1, pseudonym)
            .setParameter(2, id)
            .executeUpdate();
        pseudonymized++;
        republish.add(id);
      }
      boolean contentLeft =
          !TicketScrubbing.ERASED.equals(t[3]) || !"".equals(t[4]) || t[5] != null;
      if (!keep && contentLeft) {
        em.createNativeQuery(
                "UPDATE ticket.tickets SET subject = ?, description = '', resolution = NULL"
                    + " WHERE id = ?")
            .setParameter(1, TicketScrubbing.ERASED)
            .setParameter(2, id)
            .executeUpdate();
        contentErased.add(id);
        republish.add(id);
      }
    }
    scrubbing.clearHistoryValues(contentErased);

    // tickets assigned to them
    republish.addAll(
        longs(
            "SELECT id FROM ticket.tickets WHERE assignee_id = ?1 AND assignee_name <> ?2"
                + " AND id NOT IN "
                + TicketScrubbing.HELD,
            s,
            pseudonym));
    update(
        "UPDATE ticket.tickets SET assignee_name = ?2 WHERE assignee_id = ?1 AND id NOT IN "
            + TicketScrubbing.HELD,
        s,
        pseudonym);

    // comments they wrote: the name always, the body unless the ticket's type keeps content
    update(
        "UPDATE ticket.ticket_comments SET author_name = ?2 WHERE author_id = ?1"
            + " AND ticket_id NOT IN "
            + TicketScrubbing.HELD,
        s,
        pseudonym);
    int commentsErased =
        update(
            "UPDATE ticket.ticket_comments SET body = ?2 WHERE author_id = ?1 AND body <> ?2"
                + " AND ticket_id NOT IN "
                + TicketScrubbing.HELD
                + " AND ticket_id IN (SELECT id FROM ticket.tickets WHERE ticket_type IN ("
                + erasedTypes(terms)
                + "))",
            s,
            TicketScrubbing.ERASED);

    // their files, unless held or kept with the content
    List<String> blobKeys =
        scrubbing.removeAttachments(
            "uploader_id = ? AND ticket_id NOT IN "
                + TicketScrubbing.HELD
                + " AND ticket_id IN (SELECT id FROM ticket.tickets WHERE ticket_type IN ("
                + erasedTypes(terms)
                + "))",
            s);
    update(
        "UPDATE ticket.ticket_attachments SET uploader_name = ?2 WHERE uploader_id = ?1"
            + " AND ticket_id NOT IN "
            + TicketScrubbing.HELD,
        s,
        pseudonym);

    // watches: the watcher list is part of the indexed state
    List<Long> watched =
        longs(
            "SELECT ticket_id FROM ticket.ticket_watchers WHERE user_id = ?1 AND ticket_id NOT IN "
                + TicketScrubbing.HELD,
            s);
    int watches =
        update(
            "DELETE FROM ticket.ticket_watchers WHERE user_id = ?1 AND ticket_id NOT IN "
                + TicketScrubbing.HELD,
            s);
    republish.addAll(watched);

    // history: their name as actor, and their name inside recorded values (an assignment)
    update(
        "UPDATE ticket.ticket_history SET actor_name = ?2 WHERE actor_id = ?1"
            + " AND ticket_id NOT IN "
            + TicketScrubbing.HELD,
        s,
        pseudonym);
    for (String name : oldNames) {
      update(
          "UPDATE ticket.ticket_history SET before_value = REPLACE(before_value, ?1, ?2),"
              + " after_value = REPLACE(after_value, ?1, ?2) WHERE (before_value LIKE ?3"
              + " OR after_value LIKE ?3) AND ticket_id NOT IN "
              + TicketScrubbing.HELD,
          name,
          pseudonym,
          "%" + name.replace("%", "").replace("_", "") + "%");
    }
    update(
        "UPDATE ticket.support_group_members SET user_name = ?2 WHERE user_id = ?1", s, pseudonym);

    scrubbing.republish(republish, actorId);
    ErasureReport report =
        new ErasureReport(
            s,
            pseudonym,
            pseudonymized,
            contentErased.size(),
            commentsErased,
            blobKeys.size(),
            watches,
            held,
            List.copyOf(republish));
    announce(subject, pseudonym, held, actorId);
    return new Erased(report, blobKeys);
  }

  /** {@code person.erased} for the other module, through the outbox (nothing is lost). */
  private void announce(SubjectId subject, String pseudonym, List<Long> held, String actorId) {
    outbox.append(em, TicketEventType.TOPIC, announcement(subject, held, actorId));
  }

  /** The event of an erasure: the subject, the pseudonym, the tickets a hold kept. */
  static EventEnvelope announcement(SubjectId subject, List<Long> held, String actorId) {
    JsonArrayBuilder heldIds = Jsons.arrayBuilder();
    held.forEach(heldIds::add);
    Instant now = Instant.now();
    return EventEnvelope.of(
        PrivacyEventType.PERSON_ERASED.type(),
        subject.value(),
        // a person has no version of their own: the time orders two erasures of one person
        now.toEpochMilli(),
        actorId,
        Jsons.objectBuilder()
            .add("subjectId", subject.value())
            .add("pseudonym", subject.pseudonym().stored())
            .add("erasedAt", now.toString())
            .add("heldTicketIds", heldIds)
            .build());
  }

  /** The names the person is stored under (longer than one character, not the pseudonym). */
  private List<String> names(String s, String pseudonym) {
    Set<String> names = new TreeSet<>();
    for (String sql :
        List.of(
            "SELECT DISTINCT requester_name FROM ticket.tickets WHERE requester_id = ?1",
            "SELECT DISTINCT assignee_name FROM ticket.tickets WHERE assignee_id = ?1",
            "SELECT DISTINCT author_name FROM ticket.ticket_comments WHERE author_id = ?1",
            "SELECT DISTINCT uploader_name FROM ticket.ticket_attachments WHERE uploader_id = ?1",
            "SELECT DISTINCT actor_name FROM ticket.ticket_history WHERE actor_id = ?1",
            "SELECT DISTINCT user_name FROM ticket.support_group_members WHERE user_id = ?1")) {
      for (Object name : em.createNativeQuery(sql).setParameter(1, s).getResultList()) {
        if (name instanceof String text && text.strip().length() > 1 && !text.equals(pseudonym)) {
          names.add(text);
        }
      }
    }
    return List.copyOf(names);
  }

  /** Ticket types whose content an erasure erases, as a SQL list (never empty). */
  private static String erasedTypes(Map<TicketType, RetentionTerms> terms) {
    List<String> types = new ArrayList<>();
    for (TicketType type : TicketType.values()) {
      if (!terms.getOrDefault(type, RetentionTerms.NONE).keepContentOnErasure()) {
        types.add("'" + type.name() + "'");
      }
    }
    return types.isEmpty() ? "''" : String.join(",", types);
  }

  private int update(String sql, Object... parameters) {
    return NativeQueries.create(em, sql, parameters).executeUpdate();
  }

  private List<Long> longs(String sql, Object... parameters) {
    List<Long> ids = new ArrayList<>();
    for (Object id : NativeQueries.create(em, sql, parameters).getResultList()) {
      ids.add(Columns.number(id instanceof Object[] row ? row[0] : id));
    }
    return ids;
  }
}
