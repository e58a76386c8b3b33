package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.ticket.mail.entity.QueuedMail;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue side on the module's real schema (H2, the real migrations, EclipseLink): ticket events
 * in the outbox become one mail per recipient in their language, once; internal notes never reach
 * the requester; the sender's claims and retries.
 */
class NotificationQueueOnH2Test {

  private ModuleSchemaOnH2 db;
  private final MailSettings settings = new MailSettings();
  private long ticketId;
  private String number;

  @BeforeEach
  void schema() {
    db = new ModuleSchemaOnH2("ticket");
    settings.from = "helpdesk@tk.test";
    settings.messageIdDomain = Optional.empty();
    settings.portalUrl = "http://desk.example";
    db.inTransaction(
        em -> {
          Ticket ticket =
              Ticket.open(
                  "TK-2026-000777", "印表機無法列印", "三樓", null, null, null, null, "u-req", "王小明", null);
          em.persist(ticket);
          em.flush();
          ticketId = ticket.id();
          number = ticket.number();
          contact(em, "u-req", "req@tk.test", "en");
          contact(em, "u-agent", "agent@tk.test", "zh-TW");
          em.createNativeQuery("UPDATE ticket.mail_outbox_cursor SET seq = -1").executeUpdate();
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static void contact(EntityManager em, String id, String email, String language) {
    em.createNativeQuery(
            "INSERT INTO ticket.mail_contact (user_id, email, display_name, language,"
                + " language_from) VALUES (?1, ?2, ?1, ?3, 'TOKEN')")
        .setParameter(1, id)
        .setParameter(2, email)
        .setParameter(3, language)
        .executeUpdate();
  }

  private void event(String type, String actor, JsonObject extra) {
    JsonObject payload =
        Json.createObjectBuilder(extra)
            .add("id", ticketId)
            .add("ticketId", ticketId)
            .add("number", number)
            .add("requesterId", "u-req")
            .add("requesterName", "王小明")
            .build();
    db.inTransaction(
        em ->
            new Outbox("ticket")
                .append(
                    em,
                    "ticket.events",
                    EventEnvelope.of(EventType.of(type, 1), ticketId, 1, actor, payload)));
  }

  private int plan() {
    AtomicInteger queued = new AtomicInteger();
    db.inTransaction(
        em -> {
          NotificationQueue queue = new NotificationQueue();
          queue.em = em;
          queue.settings = settings;
          queue.contacts = new MailContacts();
          queue.contacts.em = em;
          queued.set(queue.planNext(500));
        });
    return queued.get();
  }

  private List<Object[]> mails() {
    List<Object[]> rows = new ArrayList<>();
    db.inTransaction(
        em -> {
          QueuedMails mails = new QueuedMails();
          mails.em = em;
          rows.addAll(mails.ofTicket(ticketId, 100));
        });
    return rows;
  }

  @Test
  void eventsBecomeOneMailPerRecipientInTheirLanguageOnce() {
    event("ticket.opened", "u-req", Json.createObjectBuilder().add("subject", "印表機無法列印").build());
    event(
        "ticket.commented",
        "u-agent",
        Json.createObjectBuilder()
            .add("authorId", "u-agent")
            .add("authorName", "陳志豪")
            .add("body", "請重新開機")
            .add("internal", false)
            .add("mentions", Json.createArrayBuilder())
            .build());
    event(
        "ticket.commented",
        "u-agent",
        Json.createObjectBuilder()
            .add("authorId", "u-agent")
            .add("authorName", "陳志豪")
            .add("body", "secret note")
            .add("internal", true)
            .add("mentions", Json.createArrayBuilder().add("u-req"))
            .build());
    event("ticket.changed", "u-agent", Json.createObjectBuilder().build());

    assertEquals(
        2, plan(), "receipt and public reply; the internal note and the change mail nobody");
    assertEquals(0, plan(), "planned once");
    List<Object[]> mails = mails();
    assertEquals(2, mails.size());
    for (Object[] mail : mails) {
      assertEquals("req@tk.test", mail[3]);
      assertEquals("en", mail[4]);
      assertTrue(mail[5].toString().startsWith("[TK-2026-000777] "), mail[5].toString());
      assertTrue(mail[6].toString().endsWith("@tk.test>"), mail[6].toString());
      assertEquals("PENDING", mail[7]);
    }
    assertEquals("PUBLIC_REPLY", mails.get(0)[1]);
    assertEquals("TICKET_OPENED", mails.get(1)[1]);
  }

  @Test
  void claimedMailsAreNotClaimedTwiceAndAFailureWaitsForItsNextAttempt() {
    event("ticket.opened", "u-req", Json.createObjectBuilder().build());
    plan();
    AtomicReference<List<QueuedMail>> first = new AtomicReference<>();
    AtomicReference<List<QueuedMail>> second = new AtomicReference<>();
    AtomicLong id = new AtomicLong();
    db.inTransaction(
        em -> {
          QueuedMails mails = new QueuedMails();
          mails.em = em;
          first.set(mails.claimDue(10));
          second.set(mails.claimDue(10));
          id.set(first.get().get(0).id());
          assertEquals(number, first.get().get(0).ticketNumber());
          mails.failed(id.get(), "connection refused", Instant.now().plusSeconds(60), false);
          assertEquals(List.of(), mails.claimDue(10), "not due before its next attempt");
          assertEquals(
              Optional.of(ticketId), mails.ticketOfMessage(first.get().get(0).messageId()));
        });
    assertEquals(1, first.get().size());
    assertEquals(List.of(), second.get());
    Object[] row = mails().get(0);
    assertEquals("PENDING", row[7]);
    assertEquals(1, ((Number) row[8]).intValue());
    assertEquals("connection refused", row[9]);
  }
}
