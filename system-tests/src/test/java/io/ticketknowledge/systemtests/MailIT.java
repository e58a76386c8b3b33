package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The email channel end to end against the real GreenMail of scripts/services (SMTP and IMAP):
 * notifications in the recipient's language, a reply by mail threaded onto its ticket, automatic
 * answers and bounces never made into tickets, and a mail server outage that only delays a mail —
 * it arrives once when the server is back.
 */
class MailIT {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

  private static JsonNode openIn(String user, String language, String subject) {
    HttpResponse<String> created =
        Api.send(
            Api.request(Tickets.TICKETS, Tokens.of(user))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\"" + subject + "\",\"description\":\"郵件測試 mail test\"}")));
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created);
  }

  private static MimeMessage awaitMail(String address, String number) {
    AtomicReference<MimeMessage> found = new AtomicReference<>();
    await()
        .atMost(MAIL_WAIT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              List<MimeMessage> mails = MailServer.inbox(address, MailServer.about(number));
              mails.stream().findFirst().ifPresent(found::set);
              return found.get() != null;
            });
    return found.get();
  }

  private static JsonNode notifications(long ticketId) {
    HttpResponse<String> list =
        Api.get("/api/ticket/mail/notifications?ticketId=" + ticketId, Tokens.of("admin1"));
    assertEquals(200, list.statusCode(), list.body());
    return Api.json(list);
  }

  private static JsonNode poll() {
    HttpResponse<String> poll =
        Api.postJson("/api/ticket/mail/inbound/polls", Tokens.of("admin1"), "");
    assertEquals(200, poll.statusCode(), poll.body());
    return Api.json(poll);
  }

  private static JsonNode inbound(String messageId) {
    HttpResponse<String> list =
        Api.get(
            "/api/ticket/mail/inbound?messageId="
                + URLEncoder.encode(messageId, StandardCharsets.UTF_8),
            Tokens.of("admin1"));
    assertEquals(200, list.statusCode(), list.body());
    return Api.json(list);
  }

  private static MimeMessage mailToDesk(String from, String subject, String text)
      throws MessagingException {
    // a Message-ID of its own that sending does not replace (Transport.send saves the message)
    String id = "<" + UUID.randomUUID() + "@client.tk.test>";
    MimeMessage mail =
        new MimeMessage(MailServer.session()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
          }
        };
    mail.setFrom(new InternetAddress(from));
    mail.setRecipients(MimeMessage.RecipientType.TO, MailServer.HELPDESK);
    mail.setSubject(subject, "UTF-8");
    mail.setText(text, "UTF-8");
    return mail;
  }

  @Test
  void aNewTicketMailsItsRequesterInTheirLanguage() throws Exception {
    JsonNode english = openIn("requester1", "en-US,en;q=0.9", "Mail EN " + UUID.randomUUID());
    String number = english.get("number").asText();
    MimeMessage mail = awaitMail("requester1@tk.test", number);
    assertTrue(
        mail.getSubject().startsWith("[" + number + "] We received your request:"),
        mail.getSubject());
    assertEquals("en", mail.getHeader("Content-Language", null));
    assertEquals(MailServer.HELPDESK, ((InternetAddress) mail.getFrom()[0]).getAddress());
    String messageId = mail.getMessageID();
    assertNotNull(messageId);
    assertTrue(messageId.endsWith("@tk.test>"), messageId);
    assertTrue(mail.getHeader("In-Reply-To", null).startsWith("<tk.ticket."));
    assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
    assertTrue(mail.getContent().toString().contains("Hello"), mail.getContent().toString());

    JsonNode chinese = openIn("agent1", "zh-TW,zh;q=0.9,en;q=0.5", "郵件測試 " + UUID.randomUUID());
    String zhNumber = chinese.get("number").asText();
    MimeMessage zh = awaitMail("agent1@tk.test", zhNumber);
    assertTrue(zh.getSubject().startsWith("[" + zhNumber + "] 已收到您的需求："), zh.getSubject());
    assertEquals("zh-TW", zh.getHeader("Content-Language", null));
    assertTrue(zh.getContent().toString().contains("您好"), zh.getContent().toString());
  }

  @Test
  @Disabled("open defect (issue 12): the quoted text of a reply is kept in the comment")
  void aReplyByMailLandsOnItsTicketAsAPublicComment() throws Exception {
    JsonNode ticket = openIn("requester1", "en", "Mail reply " + UUID.randomUUID());
    long id = ticket.get("id").asLong();
    MimeMessage receipt = awaitMail("requester1@tk.test", ticket.get("number").asText());

    String words = "Still broken after the restart " + UUID.randomUUID();
    // no ticket number in the subject: the In-Reply-To header alone threads it
    MimeMessage reply = mailToDesk("requester1@tk.test", "Re: my printer", words + "\n\n> quoted");
    reply.setHeader("In-Reply-To", receipt.getMessageID());
    reply.setHeader("References", receipt.getMessageID());
    reply.saveChanges();
    String replyId = reply.getMessageID();
    MailServer.send(reply);

    JsonNode first = poll();
    assertTrue(first.get("read").asInt() >= 1, first.toString());
    JsonNode record = inbound(replyId);
    assertEquals(1, record.size(), record.toString());
    assertEquals("COMMENT_ADDED", record.get(0).get("outcome").asText(), record.toString());
    assertEquals(id, record.get(0).get("ticketId").asLong());

    JsonNode comments = Tickets.comments(id, "requester1");
    JsonNode mine = null;
    for (JsonNode comment : comments) {
      if (comment.get("body").asText().startsWith(words)) {
        mine = comment;
      }
    }
    assertNotNull(mine, comments.toString());
    assertFalse(mine.get("internal").asBoolean());
    assertEquals(Tickets.userId("requester1"), mine.get("author").get("id").asText());
    assertFalse(mine.get("body").asText().contains("quoted"), mine.toString());

    // the message left the inbox; sent again (same Message-ID), it is not imported twice
    MailServer.send(reply);
    poll();
    long copies = 0;
    for (JsonNode comment : Tickets.comments(id, "requester1")) {
      if (comment.get("body").asText().startsWith(words)) {
        copies++;
      }
    }
    assertEquals(1, copies);
  }

  @Test
  @Disabled(
      "open defect (issue 12): the inbound poll records nothing for these messages in the suite")
  void autoRepliesAndBouncesMakeNoTicketWhileAPersonsMailDoes() throws Exception {
    String tag = UUID.randomUUID().toString();
    MimeMessage outOfOffice =
        mailToDesk("requester1@tk.test", "Automatic reply: printer " + tag, "I am away.");
    outOfOffice.setHeader("Auto-Submitted", "auto-replied");
    outOfOffice.saveChanges();
    MimeMessage vacation = mailToDesk("requester1@tk.test", "休假中 " + tag, "我在休假。");
    vacation.setHeader("X-Autoreply", "yes");
    vacation.saveChanges();
    MimeMessage bounce =
        mailToDesk("MAILER-DAEMON@mx.tk.test", "Undeliverable: " + tag, "User unknown");
    MimeMessage person = mailToDesk("requester1@tk.test", "VPN 無法連線 " + tag, "從家裡連不上 VPN。");
    for (MimeMessage mail : List.of(outOfOffice, vacation, bounce, person)) {
      mail.saveChanges();
      MailServer.send(mail);
    }
    poll();
    assertEquals("AUTO_REPLY", inbound(outOfOffice.getMessageID()).get(0).get("outcome").asText());
    assertEquals("AUTO_REPLY", inbound(vacation.getMessageID()).get(0).get("outcome").asText());
    assertEquals("BOUNCE", inbound(bounce.getMessageID()).get(0).get("outcome").asText());
    JsonNode created = inbound(person.getMessageID()).get(0);
    assertEquals("TICKET_CREATED", created.get("outcome").asText(), created.toString());
    assertTrue(
        inbound(outOfOffice.getMessageID()).get(0).path("ticketId").isMissingNode()
            || inbound(outOfOffice.getMessageID()).get(0).get("ticketId").isNull());

    // the person's mail is requester1's ticket; the automatic ones are none of theirs
    JsonNode mine =
        Api.json(Api.get(Tickets.TICKETS + "?queue=requested", Tokens.of("requester1")));
    long withTag = 0;
    for (JsonNode item : mine.get("items")) {
      if (item.get("subject").asText().endsWith(tag)) {
        withTag++;
        assertEquals("VPN 無法連線 " + tag, item.get("subject").asText());
      }
    }
    assertEquals(1, withTag, mine.toString());
  }

  @Test
  @Disabled(
      "not yet passed once (issue 12): the outbound job was wedged until this stop; to be run and enabled")
  void aMailServerOutageDelaysTheMailWhichThenArrivesOnce() throws Exception {
    MailServer.stop();
    String number;
    long id;
    try {
      JsonNode ticket = openIn("requester1", "en", "Mail outage " + UUID.randomUUID());
      number = ticket.get("number").asText();
      id = ticket.get("id").asLong();
      // queued and tried: the server is away, so the row waits with its error
      await()
          .atMost(MAIL_WAIT)
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                for (JsonNode mail : notifications(id)) {
                  if ("TICKET_OPENED".equals(mail.get("kind").asText())
                      && mail.get("attempts").asInt() >= 1) {
                    return true;
                  }
                }
                return false;
              });
      for (JsonNode mail : notifications(id)) {
        if ("TICKET_OPENED".equals(mail.get("kind").asText())) {
          assertEquals("PENDING", mail.get("status").asText(), mail.toString());
          assertFalse(mail.path("lastError").asText("").isEmpty(), mail.toString());
        }
      }
    } finally {
      MailServer.start();
    }
    awaitMail("requester1@tk.test", number);
    // a few more runs of the job: still exactly one mail
    for (int i = 0; i < 3; i++) {
      Api.postJson("/api/ticket/mail/outbound/runs", Tokens.of("admin1"), "");
    }
    assertEquals(1, MailServer.inbox("requester1@tk.test", MailServer.about(number)).size());
    JsonNode receipt = null;
    for (JsonNode mail : notifications(id)) {
      if ("TICKET_OPENED".equals(mail.get("kind").asText())) {
        receipt = mail;
      }
    }
    assertNotNull(receipt);
    assertEquals("SENT", receipt.get("status").asText(), receipt.toString());
    assertTrue(receipt.get("attempts").asInt() >= 2, receipt.toString());
  }
}
