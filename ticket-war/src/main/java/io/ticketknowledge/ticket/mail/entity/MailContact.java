package io.ticketknowledge.ticket.mail.entity;

/**
 * Where a user gets mail and in which language. {@code userId} is the token's {@code sub}, or
 * {@code mail:<address>} for a sender of an accepted domain who never signed in.
 */
public record MailContact(String userId, String email, String displayName, MailLanguage language) {

  public static final String MAIL_USER_PREFIX = "mail:";
}
