package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.assignment.control.AutoAssigner;
import io.ticketknowledge.ticket.automation.entity.ActorKind;
import io.ticketknowledge.ticket.automation.entity.Cause;
import io.ticketknowledge.ticket.automation.entity.TicketSnapshot;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import io.ticketknowledge.ticket.comments.boundary.NewComment;
import io.ticketknowledge.ticket.comments.control.TicketConversation;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.macros.control.Placeholders;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Runs one trigger on one ticket in its own transaction: conditions checked under the ticket's row
 * lock, the run claimed once per cause ({@code automation_runs}), an internal history entry naming
 * the trigger, then the actions through the same services a person's request uses (workflow,
 * conversation, auto-assigner), acting as {@link AutomationActor}. An action that is refused rolls
 * the whole run back; {@link #failed} then records why.
 */
@ApplicationScoped
public class TriggerRunner {

  private final ProcessedEvents processed = new ProcessedEvents("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketSnapshots snapshots;
  @Inject TicketWorkflow workflow;
  @Inject TicketConversation conversation;
  @Inject TicketHistory history;
  @Inject AutoAssigner assigner;
  @Inject Notifications notifications;
  @Inject Clock clock;

  /**
   * @return whether the trigger ran (its conditions held and it had not run for this cause)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean run(TriggerDefinition trigger, long ticketId, Cause cause) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null) {
      return false;
    }
    ActorKind actorKind = ActorKind.of(cause.actorId(), ticket.requesterId());
    // a cheap look first: most time-rule candidates do not match and need no lock
    if (!Conditions.all(trigger.conditions(), snapshots.of(ticket, actorKind, clock.instant()))) {
      return false;
    }
    em.refresh(ticket, LockModeType.PESSIMISTIC_WRITE);
    TicketSnapshot now = snapshots.of(ticket, actorKind, clock.instant());
    if (!Conditions.all(trigger.conditions(), now)
        || !claim(trigger.id(), key(cause, ticketId, now), ticketId)) {
      return false;
    }
    AutomationActor actor = AutomationActor.trigger(trigger.id(), trigger.name(), cause.depth());
    history.record(
        ticketId, actor.id(), actor.displayName(), "trigger", null, describe(trigger, cause), true);
    for (TriggerAction action : trigger.actions()) {
      perform(action, ticket, trigger, cause, actor);
    }
    em.flush();
    return true;
  }

  /**
   * Records a run that failed (an action refused, e.g. a move the workflow does not allow): an
   * internal history entry, and the cause claimed so that the time-rule job does not retry it every
   * interval.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(
      TriggerDefinition trigger, long ticketId, Cause cause, RuntimeException error) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null) {
      return;
    }
    String key = cause.timed() ? timeKey(ticketId, snapshots.statusSince(ticket)) : cause.key();
    claim(trigger.id(), key, ticketId);
    AutomationActor actor = AutomationActor.trigger(trigger.id(), trigger.name(), cause.depth());
    history.record(
        ticketId,
        actor.id(),
        actor.displayName(),
        "trigger-failed",
        null,
        describe(trigger, cause) + ": " + reason(error),
        true);
  }

  /** Marks the event processed by the automation consumer; false for a redelivery. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean markProcessed(UUID eventId) {
    return processed.firstDelivery(em, TicketAutomation.CONSUMER, eventId);
  }

  /** The auto-assignment of a ticket that arrived in a group without an assignee. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void autoAssign(long ticketId) {
    assigner.assign(ticketId, AutomationActor.autoAssignment());
  }

  private void perform(
      TriggerAction action,
      Ticket ticket,
      TriggerDefinition trigger,
      Cause cause,
      AutomationActor actor) {
    switch (action.type()) {
      case SET_FIELDS ->
          change(
              ticket,
              new TicketChanges(
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  action.priority(),
                  null,
                  action.groupId(),
                  action.assigneeId(),
                  action.status(),
                  action.pendingReason(),
                  action.resolution(),
                  action.tags(),
                  null),
              actor);
      case ASSIGN -> {
        if (Boolean.TRUE.equals(action.auto())) {
          assigner.assign(ticket.id(), actor);
        } else {
          change(ticket, fieldsOnly(null, action.assigneeId()), actor);
        }
      }
      case ADD_TAG -> {
        TreeSet<String> tags = new TreeSet<>(ticket.tags());
        if (tags.add(action.tag().strip().toLowerCase(Locale.ROOT))) {
          change(ticket, fieldsOnly(new ArrayList<>(tags), null), actor);
        }
      }
      case ADD_NOTE ->
          conversation.add(
              ticket.id(),
              new NewComment(
                  Placeholders.fill(action.text(), Placeholders.of(ticket, actor.displayName())),
                  true,
                  null),
              actor);
      case NOTIFY -> notifications.request(ticket, action, trigger, cause, actor);
      case WEBHOOK -> {
        // refused when the trigger is saved; webhooks are issue 12 item 8 (decision 0022)
      }
    }
  }

  private void change(Ticket ticket, TicketChanges changes, AutomationActor actor) {
    workflow.change(ticket.id(), changes, "\"" + ticket.version() + "\"", actor);
  }

  private static TicketChanges fieldsOnly(List<String> tags, String assigneeId) {
    return new TicketChanges(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        assigneeId,
        null,
        null,
        null,
        tags,
        null);
  }

  private boolean claim(long triggerId, String key, long ticketId) {
    return em.createNativeQuery(
                "INSERT INTO ticket.automation_runs (trigger_id, cause, ticket_id, ran_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, triggerId)
            .setParameter(2, key)
            .setParameter(3, ticketId)
            .setParameter(4, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  private static String key(Cause cause, long ticketId, TicketSnapshot ticket) {
    return cause.timed() ? timeKey(ticketId, ticket.statusSince()) : cause.key();
  }

  /** A time rule acts once per ticket and stretch of its current status. */
  private static String timeKey(long ticketId, Instant since) {
    return "time:" + ticketId + ":" + since;
  }

  private static String describe(TriggerDefinition trigger, Cause cause) {
    return trigger.name() + " on " + cause.what() + " (depth " + cause.depth() + ")";
  }

  private static String reason(RuntimeException error) {
    if (error instanceof ApiException api) {
      return api.detailKey();
    }
    return error.getClass().getSimpleName();
  }
}
