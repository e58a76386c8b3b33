package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.automation.boundary.TriggerRequest;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.Trigger;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Keeps the admins' triggers, checked before they are stored, in the order they run. */
@ApplicationScoped
@Transactional
public class Triggers {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** Every trigger in run order: ascending position, then id (deterministic). */
  public List<Trigger> all() {
    return em.createQuery("SELECT t FROM Trigger t ORDER BY t.rank, t.id", Trigger.class)
        .getResultList();
  }

  /** The active triggers of one kind, in run order, with their conditions read back. */
  public List<TriggerDefinition> active(TriggerEvent event) {
    return em
        .createQuery(
            "SELECT t FROM Trigger t WHERE t.active = TRUE AND t.event = :event"
                + " ORDER BY t.rank, t.id",
            Trigger.class)
        .setParameter("event", event)
        .getResultList()
        .stream()
        .map(this::definition)
        .toList();
  }

  public TriggerDefinition definition(Trigger trigger) {
    // stored ones were checked when written; a group removed since then does not make them
    // unreadable
    TriggerCheck check = new TriggerCheck(group -> true);
    return new TriggerDefinition(
        trigger,
        check.conditions(null, TriggerJson.conditions(trigger.conditionsJson())),
        TriggerJson.actions(trigger.actionsJson()));
  }

  public Trigger find(long id) {
    Trigger trigger = em.find(Trigger.class, id);
    if (trigger == null) {
      throw ApiException.notFound("automation.trigger-not-found", id);
    }
    return trigger;
  }

  public Trigger create(TriggerRequest request) {
    Trigger trigger = new Trigger(request.name(), 0, true, request.event(), "[]", "[]");
    define(trigger, request, null);
    em.persist(trigger);
    em.flush();
    return trigger;
  }

  public Trigger redefine(long id, TriggerRequest request, String ifMatch) {
    Trigger trigger = find(id);
    Versions.requireMatch(ifMatch, trigger.version());
    define(trigger, request, id);
    em.flush();
    return trigger;
  }

  public void delete(long id, String ifMatch) {
    Trigger trigger = find(id);
    Versions.requireMatch(ifMatch, trigger.version());
    em.remove(trigger);
  }

  private void define(Trigger trigger, TriggerRequest request, Long self) {
    TriggerCheck check = check();
    List<ConditionTerms> terms = request.conditions() == null ? List.of() : request.conditions();
    check.conditions(request.event(), terms);
    var actions = check.actions(request.actions());
    for (Trigger other : all()) {
      if (!other.id().equals(self) && other.name().equalsIgnoreCase(request.name().strip())) {
        throw new ApiException(ProblemKind.CONFLICT, "automation.name-taken", request.name());
      }
    }
    trigger.define(
        request.name(),
        request.position(),
        !Boolean.FALSE.equals(request.active()),
        request.event(),
        TriggerJson.conditions(terms),
        TriggerJson.actions(actions));
  }

  private TriggerCheck check() {
    return new TriggerCheck(group -> em.find(SupportGroup.class, group) != null);
  }
}
