package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.ticket.automation.entity.Cause;
import io.ticketknowledge.ticket.automation.entity.ChainActor;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's automation, fed by its own {@code ticket.events} after the change committed: a
 * ticket that arrived in a group without an assignee is auto-assigned, then the active triggers of
 * the event's kinds run in position order, each in its own transaction ({@link TriggerRunner}). A
 * trigger never runs on its own change, and nothing runs on a change made at the end of a chain of
 * {@code tk.automation.max-chain-depth} triggers. A failing trigger is recorded on the ticket and
 * the next one runs; only a failure of the machinery (database down) makes the event retried.
 */
@ApplicationScoped
public class TicketAutomation implements EventHandler {

  public static final String CONSUMER = "ticket.automation";

  private static final Logger LOG = Logger.getLogger(TicketAutomation.class.getName());

  @Inject Triggers triggers;
  @Inject TriggerRunner runner;

  @Inject
  @ConfigProperty(name = "tk.automation.max-chain-depth", defaultValue = "3")
  int maxDepth;

  @Override
  public boolean apply(EventEnvelope event) {
    Optional<TicketEventType> type = TicketEventType.of(event);
    if (type.isPresent()) {
      react(event, type.get());
    }
    // the runs are once per trigger and event by themselves; the mark is for the consumer's books
    return runner.markProcessed(event.id());
  }

  private void react(EventEnvelope event, TicketEventType type) {
    long ticketId = Long.parseLong(event.aggregateId());
    if (arrivedUnassigned(event, type)) {
      try {
        runner.autoAssign(ticketId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "auto-assignment of ticket " + ticketId + " failed", e);
      }
    }
    Optional<ChainActor> chain = ChainActor.parse(event.actor());
    Cause cause =
        new Cause(event.id().toString(), event.type(), event.actor(), ChainActor.nextDepth(chain));
    for (TriggerDefinition trigger : triggersFor(TriggerEvent.of(type))) {
      if (!ChainActor.mayRun(trigger.id(), chain, maxDepth)) {
        continue;
      }
      try {
        runner.run(trigger, ticketId, cause);
      } catch (RuntimeException e) {
        LOG.log(Level.INFO, "trigger " + trigger.name() + " failed on ticket " + ticketId, e);
        runner.failed(trigger, ticketId, cause, e);
      }
    }
  }

  /**
   * Opened in a group, or moved into another group, without an assignee (a release within the group
   * leaves the ticket in the queue: the agent meant to let go of it, not to pass it on).
   */
  static boolean arrivedUnassigned(EventEnvelope event, TicketEventType type) {
    var payload = event.payload();
    if (!payload.containsKey("groupId") || payload.containsKey("assigneeId")) {
      return false;
    }
    return type == TicketEventType.OPENED
        || (type == TicketEventType.ASSIGNED
            && !payload.get("groupId").equals(payload.get("previousGroupId")));
  }

  /** The active triggers of the kinds, each once, in run order. */
  private List<TriggerDefinition> triggersFor(java.util.Set<TriggerEvent> kinds) {
    Map<Long, TriggerDefinition> byId = new LinkedHashMap<>();
    for (TriggerEvent kind : kinds) {
      triggers.active(kind).forEach(t -> byId.putIfAbsent(t.id(), t));
    }
    return byId.values().stream()
        .sorted(
            Comparator.comparingInt((TriggerDefinition t) -> t.trigger().position())
                .thenComparingLong(TriggerDefinition::id))
        .toList();
  }
}
