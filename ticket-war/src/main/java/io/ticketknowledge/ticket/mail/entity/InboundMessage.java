package io.ticketknowledge.ticket.mail.entity;

import java.util.List;

/**
 * A message read from the mailbox, reduced to what the import needs: who sent it, the threading
 * headers, the text (HTML already turned into text) and the attached files.
 */
public record InboundMessage(
    String messageId,
    String fromAddress,
    String fromName,
    String subject,
    String inReplyTo,
    String references,
    String contentLanguage,
    String text,
    List<Attachment> attachments,
    java.util.Map<String, String> headers) {

  /** A file of the message (its bytes, at most the attachment limit plus one). */
  public record Attachment(String fileName, byte[] content) {}

  /** The first value of a header, by case-insensitive name, or null. */
  public String header(String name) {
    for (java.util.Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }
}
