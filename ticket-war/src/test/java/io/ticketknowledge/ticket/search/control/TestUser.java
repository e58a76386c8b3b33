package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import java.util.Set;

/** A caller without a JWT, for tests of the pure logic. */
final class TestUser extends CurrentUser {

  private final String id;
  private final Set<String> roles;

  TestUser(String id, String... roles) {
    this.id = id;
    this.roles = Set.of(roles);
  }

  static TestUser requester(String id) {
    return new TestUser(id, Roles.REQUESTER);
  }

  static TestUser agent(String id) {
    return new TestUser(id, Roles.REQUESTER, Roles.AGENT);
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
    return "測試 " + id;
  }

  @Override
  public Set<String> roles() {
    return roles;
  }
}
