package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.enterprise.inject.Vetoed;
import java.util.Set;

/**
 * The sender of an incoming mail acting on tickets: a requester, whatever roles they have in the
 * portal (a mail proves an address, not a role), so by mail they open tickets and answer those they
 * requested or watch — exactly what a requester may do through the API.
 */
@Vetoed
final class MailRequester extends CurrentUser {

  private final String id;
  private final String name;

  MailRequester(String id, String name) {
    this.id = id;
    this.name = name;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String username() {
    return id;
  }

  @Override
  public String displayName() {
    return name;
  }

  @Override
  public Set<String> roles() {
    return Set.of(Roles.REQUESTER);
  }
}
