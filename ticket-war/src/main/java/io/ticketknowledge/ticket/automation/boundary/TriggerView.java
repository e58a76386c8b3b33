package io.ticketknowledge.ticket.automation.boundary;

import io.ticketknowledge.ticket.automation.control.TriggerDefinition;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** A trigger as the API shows it. */
public record TriggerView(
    long id,
    String name,
    int position,
    boolean active,
    TriggerEvent event,
    List<ConditionTerms> conditions,
    List<TriggerAction> actions,
    OffsetDateTime updatedAt,
    long version) {

  static TriggerView of(TriggerDefinition d) {
    return new TriggerView(
        d.id(),
        d.name(),
        d.trigger().position(),
        d.trigger().active(),
        d.trigger().event(),
        d.conditions().stream()
            .map(c -> new ConditionTerms(c.field().apiName(), c.op().apiName(), c.value()))
            .toList(),
        d.actions(),
        d.trigger().updatedAt(),
        d.trigger().version());
  }
}
