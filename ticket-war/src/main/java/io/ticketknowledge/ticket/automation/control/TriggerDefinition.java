package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.ticket.automation.entity.Condition;
import io.ticketknowledge.ticket.automation.entity.Trigger;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import java.util.List;

/** A stored trigger with its conditions and actions read back. */
public record TriggerDefinition(
    Trigger trigger, List<Condition> conditions, List<TriggerAction> actions) {

  public long id() {
    return trigger.id();
  }

  public String name() {
    return trigger.name();
  }
}
