package io.ticketknowledge.ticket.mail.entity;

/** A queued mail claimed for sending. */
public record QueuedMail(
    long id,
    long ticketId,
    String ticketNumber,
    String recipient,
    MailLanguage language,
    String subject,
    String body,
    String messageId,
    int attempts) {}
