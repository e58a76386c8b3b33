package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.automation.entity.ChainActor;
import jakarta.enterprise.inject.Vetoed;
import java.util.Set;

/**
 * Who a trigger or the auto-assigner is when it changes a ticket outside a request: the workflow
 * sees an admin (it may touch any ticket, and every rule of a PATCH still applies), history shows
 * {@code trigger: <name>}, and events carry the chain actor id ({@link ChainActor}).
 */
@Vetoed
public final class AutomationActor extends CurrentUser {

  private final String id;
  private final String name;

  private AutomationActor(String id, String name) {
    this.id = id;
    this.name = name;
  }

  public static AutomationActor trigger(long triggerId, String triggerName, int depth) {
    return new AutomationActor(
        new ChainActor(triggerId, depth).actorId(), "trigger: " + triggerName);
  }

  public static AutomationActor autoAssignment() {
    return new AutomationActor(ChainActor.AUTO_ASSIGN, "auto-assignment");
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
    return Set.of(Roles.ADMIN);
  }
}
