package io.ticketknowledge.ticket;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import java.util.Set;

/**
 * A caller without a JWT: the one {@link CurrentUser} fake of the module's tests (unit tests and
 * the Arquillian deployment alike).
 */
public final class TestUser extends CurrentUser {

  private final String id;
  private final Set<String> roles;

  public TestUser(String id, String... roles) {
    this.id = id;
    this.roles = Set.of(roles);
  }

  public static TestUser requester(String id) {
    return new TestUser(id, Roles.REQUESTER);
  }

  public static TestUser agent(String id) {
    return new TestUser(id, Roles.REQUESTER, Roles.AGENT);
  }

  /** A requester with a fresh id, so tests never see each other's tickets. */
  public static TestUser requester() {
    return requester(java.util.UUID.randomUUID().toString());
  }

  public static TestUser agent() {
    return agent(java.util.UUID.randomUUID().toString());
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
