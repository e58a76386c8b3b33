package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.ticket.mail.entity.MailContact;
import io.ticketknowledge.ticket.mail.entity.NotificationKind;
import io.ticketknowledge.ticket.mail.entity.NotificationStatus;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Turns the module's outbox into queued mails: reads the ticket events after its cursor, plans the
 * recipients ({@link NotificationPlanner}), renders each mail in the recipient's language and
 * stores it as a {@code PENDING} row — all in one transaction with the processed mark of the event,
 * so every event is mailed once even with several servers (the cursor row is locked while one
 * plans). The outbox is written in the transaction of the change itself: a change that committed
 * will be mailed, a rolled-back one never.
 *
 * <p>Identity columns may commit out of order: the cursor only moves past rows older than {@link
 * #SETTLED}; younger rows are read again next time and skipped by their processed mark.
 */
@ApplicationScoped
public class NotificationQueue {

  static final String CONSUMER = "mail-notifications";
  static final Duration SETTLED = Duration.ofSeconds(60);
  private static final Logger LOG = Logger.getLogger(NotificationQueue.class.getName());
  private static final MailTemplates TEMPLATES = new MailTemplates();

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject MailContacts contacts;
  @Inject MailSettings settings;

  /** Plans the next batch of events; returns how many mails it queued. */
  @Transactional
  public int planNext(int limit) {
    long cursor =
        ((Number)
                em.createNativeQuery(
                        "SELECT seq FROM ticket.mail_outbox_cursor WHERE id = 1 FOR UPDATE")
                    .getSingleResult())
            .longValue();
    if (cursor == 0) {
      // the channel's first run: mail what happens from now on, not the whole history
      Number end =
          (Number) em.createNativeQuery("SELECT MAX(seq) FROM ticket.outbox").getSingleResult();
      moveCursor(end == null ? -1 : end.longValue());
      return 0;
    }
    String types =
        String.join(",", NotificationPlanner.TYPES.stream().map(t -> "'" + t + "'").toList());
    // the events that mail anyone and were not planned yet (younger rows are read again until
    // they settle, but only these: a busy outbox does not hide the older ones)
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.seq, o.event_id, o.envelope FROM ticket.outbox o WHERE o.seq > ?1"
                    + " AND o.event_type IN ("
                    + types
                    + ") AND NOT EXISTS (SELECT 1 FROM ticket.processed_event p"
                    + " WHERE p.consumer = ?2 AND p.event_id = o.event_id) ORDER BY o.seq")
            .setParameter(1, cursor)
            .setParameter(2, CONSUMER)
            .setMaxResults(limit)
            .getResultList();
    NotificationPlanner planner = new NotificationPlanner(this::groupAgents);
    int queued = 0;
    for (Object[] row : rows) {
      if (markProcessed(uuid(row[1]))) {
        queued += queue(planner, EventEnvelope.parse(row[2].toString()));
      }
    }
    Number settled =
        (Number)
            em.createNativeQuery(
                    "SELECT MAX(seq) FROM ticket.outbox WHERE seq > ?1 AND created_at < ?2")
                .setParameter(1, cursor)
                .setParameter(2, Timestamp.from(Instant.now().minus(SETTLED)))
                .getSingleResult();
    long newCursor = settled == null ? cursor : settled.longValue();
    if (rows.size() == limit) {
      // a full batch: rows after its last one are not planned yet
      newCursor = Math.min(newCursor, ((Number) rows.get(rows.size() - 1)[0]).longValue());
    }
    if (newCursor > cursor) {
      moveCursor(newCursor);
    }
    return queued;
  }

  private int queue(NotificationPlanner planner, EventEnvelope event) {
    JsonObject payload = event.payload();
    long ticketId =
        payload.containsKey("id")
            ? payload.getJsonNumber("id").longValue()
            : payload.getJsonNumber("ticketId").longValue();
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null) {
      return 0;
    }
    // comment events carry no subject or assignment: take them from the ticket as it is now
    JsonObject facts = withTicket(payload, ticket);
    Map<String, NotificationKind> recipients = planner.plan(event.type(), facts, event.actor());
    MessageIds ids = new MessageIds(settings.messageIdDomain());
    String actorName = actorName(facts, event.actor());
    int queued = 0;
    for (Map.Entry<String, NotificationKind> recipient : recipients.entrySet()) {
      Optional<MailContact> contact = contacts.of(recipient.getKey());
      if (contact.isEmpty()) {
        LOG.fine(() -> "no mail address known for " + recipient.getKey());
        continue;
      }
      NotificationKind kind = recipient.getValue();
      MailTemplates.Rendered mail =
          TEMPLATES.render(
              kind,
              contact.get().language(),
              new MailTemplates.Values(
                  ticket.number(),
                  ticket.subject(),
                  ticket.requesterName(),
                  actorName,
                  text(kind, facts),
                  kind == NotificationKind.STATUS_CHANGED ? ticket.status().name() : null,
                  link(kind, ticket)));
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO ticket.mail_notification (event_id, ticket_id, kind, recipient_id, recipient,"
                      + " language, subject, body, message_id, status, attempts, next_attempt_at,"
                      + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0,"
                      + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING")
              .setParameter(1, event.id())
              .setParameter(2, ticketId)
              .setParameter(3, kind.name())
              .setParameter(4, recipient.getKey())
              .setParameter(5, contact.get().email())
              .setParameter(6, contact.get().language().tag())
              .setParameter(7, truncate(mail.subject(), 1000))
              .setParameter(8, mail.body())
              .setParameter(9, ids.next(ticketId))
              .setParameter(10, NotificationStatus.PENDING.name())
              .executeUpdate();
      // planned before (another replica, or a mark removed by retention): one mail all the same;
      // a failing insert here rolled back the whole run and wedged every later mail
      queued += inserted;
    }
    return queued;
  }

  private static JsonObject withTicket(JsonObject payload, Ticket ticket) {
    JsonObjectBuilder facts = Jsons.objectBuilder(payload);
    if (!payload.containsKey("assigneeId") && ticket.assigneeId() != null) {
      facts.add("assigneeId", ticket.assigneeId());
    }
    if (!payload.containsKey("groupId") && ticket.groupId() != null) {
      facts.add("groupId", ticket.groupId());
    }
    return facts.build();
  }

  private static String actorName(JsonObject facts, String actorId) {
    if (facts.get("authorName") instanceof JsonString author) {
      return author.getString();
    }
    if (actorId.equals(string(facts, "assigneeId"))) {
      return string(facts, "assigneeName");
    }
    if (actorId.equals(string(facts, "requesterId"))) {
      return string(facts, "requesterName");
    }
    return actorId;
  }

  private static String text(NotificationKind kind, JsonObject facts) {
    return switch (kind) {
      case PUBLIC_REPLY, REQUESTER_REPLY, MENTION -> string(facts, "body");
      case TICKET_OPENED_AGENT -> string(facts, "description");
      case STATUS_CHANGED -> {
        String resolution = string(facts, "resolution");
        yield "RESOLVED".equals(string(facts, "status")) && resolution != null ? resolution : "";
      }
      case SLA_WARNING -> {
        JsonValue sla = facts.get("sla");
        yield sla instanceof JsonObject clock
            ? string(clock, "metric")
                + " "
                + string(clock, "consumed")
                + " / "
                + string(clock, "target")
            : "";
      }
      default -> "";
    };
  }

  private String link(NotificationKind kind, Ticket ticket) {
    boolean requester =
        kind == NotificationKind.TICKET_OPENED
            || kind == NotificationKind.PUBLIC_REPLY
            || kind == NotificationKind.STATUS_CHANGED;
    return settings.portalUrl() + (requester ? "/tickets/" : "/agent/tickets/") + ticket.id();
  }

  /** The agents of a support group (user ids). */
  Set<String> groupAgents(long groupId) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery("SELECT user_id FROM ticket.support_group_members WHERE group_id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    Set<String> agents = new HashSet<>();
    ids.forEach(id -> agents.add(id.toString()));
    return agents;
  }

  /** False when another run already planned this event. */
  private boolean markProcessed(UUID eventId) {
    Number done =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ticket.processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, CONSUMER)
                .setParameter(2, eventId)
                .getSingleResult();
    if (done.longValue() > 0) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO ticket.processed_event (consumer, event_id, processed_at)"
                + " VALUES (?1, ?2, CURRENT_TIMESTAMP)")
        .setParameter(1, CONSUMER)
        .setParameter(2, eventId)
        .executeUpdate();
    return true;
  }

  private void moveCursor(long seq) {
    em.createNativeQuery("UPDATE ticket.mail_outbox_cursor SET seq = ?1 WHERE id = 1")
        .setParameter(1, seq)
        .executeUpdate();
  }

  private static String string(JsonObject json, String name) {
    return json.get(name) instanceof JsonString text ? text.getString() : null;
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID id ? id : UUID.fromString(value.toString());
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
