package io.ticketknowledge.ticket.mail.entity;

/** Where a contact's language came from, strongest first: a later weaker source never overrides. */
public enum LanguageSource {
  /** The token's {@code locale} claim (the identity provider's user profile). */
  TOKEN,
  /** The Accept-Language of the user's newest ticket creation in the portal or API. */
  TICKET_CREATION,
  /** The Content-Language of the first mail of someone who never signed in, or the default. */
  FIRST_SEEN;

  public boolean overrides(LanguageSource stored) {
    return ordinal() <= stored.ordinal();
  }
}
