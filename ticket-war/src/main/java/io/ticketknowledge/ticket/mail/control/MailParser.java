package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.InboundMessage;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a MIME message into an {@link InboundMessage}: the plain text part, else the HTML part
 * turned into text ({@link MailText#ofHtml}); every part with a file name is an attachment (its
 * bytes read up to the limit plus one, so the attachment port can refuse it as too large).
 */
public final class MailParser {

  private final long maxAttachmentBytes;

  public MailParser(long maxAttachmentBytes) {
    this.maxAttachmentBytes = maxAttachmentBytes;
  }

  public InboundMessage parse(MimeMessage message) throws MessagingException, IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
      Header header = all.nextElement();
      headers.putIfAbsent(header.getName(), decode(header.getValue()));
    }
    Address[] from = message.getFrom();
    String address = "";
    String name = null;
    if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender) {
      address = sender.getAddress() == null ? "" : sender.getAddress().toLowerCase(Locale.ROOT);
      name = sender.getPersonal();
    }
    String subject = message.getSubject() == null ? "" : message.getSubject();
    Body body = new Body();
    if (!message.isMimeType("multipart/report")) {
      walk(message, body);
    }
    String text =
        body.plain != null ? body.plain : body.html != null ? MailText.ofHtml(body.html) : "";
    String messageId = message.getMessageID();
    if (messageId == null || messageId.isBlank()) {
      messageId = synthesizedId(address, subject, message.getHeader("Date", null), text);
    }
    return new InboundMessage(
        messageId.strip(),
        address,
        name,
        subject,
        message.getHeader("In-Reply-To", " "),
        message.getHeader("References", " "),
        message.getHeader("Content-Language", null),
        text,
        List.copyOf(body.attachments),
        headers);
  }

  private static final class Body {
    String plain;
    String html;
    final List<InboundMessage.Attachment> attachments = new ArrayList<>();
  }

  private void walk(Part part, Body body) throws MessagingException, IOException {
    String fileName = part.getFileName();
    if (fileName != null && !part.isMimeType("multipart/*")) {
      try (InputStream in = part.getInputStream()) {
        body.attachments.add(
            new InboundMessage.Attachment(
                MimeUtility.decodeText(fileName), in.readNBytes((int) maxAttachmentBytes + 1)));
      }
      return;
    }
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart child = parts.getBodyPart(i);
        walk(child, body);
      }
    } else if (part.isMimeType("text/plain") && body.plain == null) {
      body.plain = text(part);
    } else if (part.isMimeType("text/html") && body.html == null) {
      body.html = text(part);
    }
  }

  private static String text(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof String text) {
      return text;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String decode(String value) {
    try {
      return value == null ? null : MimeUtility.decodeText(MimeUtility.unfold(value));
    } catch (java.io.UnsupportedEncodingException e) {
      return value;
    }
  }

  /** A stable id for a message that has none (so a re-read is still recognized). */
  private static String synthesizedId(String from, String subject, String date, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {from, subject, date, text}) {
        sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "<" + HexFormat.of().formatHex(sha.digest()) + "@no-message-id>";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
