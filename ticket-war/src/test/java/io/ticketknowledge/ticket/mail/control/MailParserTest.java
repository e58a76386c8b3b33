package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.mail.entity.InboundMessage;
import io.ticketknowledge.ticket.mail.entity.InboundOutcome;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailParserTest {

  private static InboundMessage parse(String raw) throws Exception {
    MimeMessage message =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    return new MailParser(1024).parse(message);
  }

  @Test
  void htmlMailIsSanitizedToTextAndFilesAreAttachments() throws Exception {
    InboundMessage mail =
        parse(
            """
            From: =?UTF-8?B?546L5bCP5piO?= <Requester1@TK.test>
            To: helpdesk@tk.test
            Subject: =?UTF-8?B?5Y2w6KGo5qmf54Sh5rOV5YiX5Y2w?=
            Message-ID: <abc@client.example>
            In-Reply-To: <tk.ticket.5@tk.test>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/html; charset=UTF-8

            <p>三樓印表機<script>alert(1)</script> <b>不能</b>列印</p><img src=x onerror=alert(2)>
            --b1
            Content-Type: image/png
            Content-Disposition: attachment; filename="screen.png"
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --b1--
            """);
    assertEquals("requester1@tk.test", mail.fromAddress());
    assertEquals("王小明", mail.fromName());
    assertEquals("印表機無法列印", mail.subject());
    assertEquals("<abc@client.example>", mail.messageId());
    assertEquals("<tk.ticket.5@tk.test>", mail.inReplyTo());
    assertTrue(mail.text().contains("三樓印表機 不能列印"), mail.text());
    assertFalse(mail.text().contains("alert"), mail.text());
    assertEquals(1, mail.attachments().size());
    assertEquals("screen.png", mail.attachments().get(0).fileName());
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        mail.attachments().get(0).content());
  }

  @Test
  void aDeliveryReportIsABounceAndAMailWithoutIdGetsAStableOne() throws Exception {
    String raw =
        """
        From: Mail Delivery System <mailer-daemon@mx.example>
        To: helpdesk@tk.test
        Subject: Returned mail: see transcript for details
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="r"

        --r
        Content-Type: text/plain

        User unknown
        --r--
        """;
    InboundMessage mail = parse(raw);
    Optional<InboundOutcome> outcome =
        AutomatedMail.classify(mail::header, mail.fromAddress(), mail.subject());
    assertEquals(Optional.of(InboundOutcome.BOUNCE), outcome);
    assertTrue(mail.messageId().endsWith("@no-message-id>"), mail.messageId());
    assertEquals(mail.messageId(), parse(raw).messageId());
  }
}
