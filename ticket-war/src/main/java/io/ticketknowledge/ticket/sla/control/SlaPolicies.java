package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.categories.control.Categories;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.Escalation;
import io.ticketknowledge.ticket.sla.entity.PolicyTerms;
import io.ticketknowledge.ticket.sla.entity.SlaPolicy;
import io.ticketknowledge.ticket.sla.entity.SlaPolicyDefinition;
import io.ticketknowledge.ticket.sla.entity.TicketProfile;
import io.ticketknowledge.ticket.sla.entity.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the SLA policies, in their order: a ticket gets the first policy (lowest position) whose
 * match accepts it. A policy that could never match, because one before it accepts every ticket it
 * accepts, is refused, and so is one that would leave a later policy nothing to match.
 */
@ApplicationScoped
@Transactional
public class SlaPolicies {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject BusinessCalendars calendars;
  @Inject Categories categories;
  @Inject SupportGroups groups;

  /** In the order they are tried. */
  public List<SlaPolicyDefinition> all() {
    return em.createQuery(
            "select p from SlaPolicyDefinition p order by p.rank, p.id", SlaPolicyDefinition.class)
        .getResultList();
  }

  public SlaPolicyDefinition find(long id) {
    SlaPolicyDefinition policy = em.find(SlaPolicyDefinition.class, id);
    if (policy == null) {
      throw ApiException.notFound("sla.policy-not-found", id);
    }
    return policy;
  }

  public SlaPolicyDefinition create(PolicyTerms terms) {
    check(terms, null);
    SlaPolicyDefinition policy = SlaPolicyDefinition.of(terms);
    em.persist(policy);
    em.flush();
    return policy;
  }

  public SlaPolicyDefinition redefine(long id, PolicyTerms terms, String ifMatch) {
    SlaPolicyDefinition policy = find(id);
    Versions.requireMatch(ifMatch, policy.version());
    check(terms, policy.id());
    policy.define(terms);
    em.flush();
    return policy;
  }

  public void delete(long id, String ifMatch) {
    SlaPolicyDefinition policy = find(id);
    Versions.requireMatch(ifMatch, policy.version());
    em.remove(policy);
  }

  /** Whether a calendar is in use by a policy (it may not be deleted then). */
  public Optional<SlaPolicyDefinition> usingCalendar(long calendarId) {
    return all().stream().filter(p -> p.calendarId() == calendarId).findFirst();
  }

  /** The policies as the clock needs them: each with its calendar, in order. */
  public Resolver resolver() {
    Map<Long, BusinessCalendar> byId = new HashMap<>();
    List<Resolved> resolved =
        all().stream()
            .map(
                p ->
                    new Resolved(
                        p,
                        p.toPolicy(
                            byId.computeIfAbsent(
                                p.calendarId(), id -> calendars.find(id).toCalendar()))))
            .toList();
    return new Resolver(resolved);
  }

  /** One stored policy and what the clock makes of it. */
  public record Resolved(SlaPolicyDefinition definition, SlaPolicy policy) {}

  /** First match wins, over a snapshot of the policies. */
  public record Resolver(List<Resolved> policies) {

    public Optional<Resolved> first(TicketProfile ticket) {
      return policies.stream().filter(p -> p.definition().match().matches(ticket)).findFirst();
    }

    public Optional<SlaPolicy> policyFor(TicketProfile ticket) {
      return first(ticket).map(Resolved::policy);
    }

    public Optional<Resolved> named(String name) {
      return policies.stream().filter(p -> p.policy().name().equals(name)).findFirst();
    }
  }

  private void check(PolicyTerms terms, Long self) {
    WorkCalendar calendar = em.find(WorkCalendar.class, terms.calendarId());
    if (calendar == null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "sla.unknown-calendar", terms.calendarId());
    }
    terms.match().categoryIds().forEach(categories::requireActive);
    requireGroup(terms.onWarning());
    requireGroup(terms.onBreach());
    List<SlaPolicyDefinition> others =
        all().stream().filter(p -> self == null || !p.id().equals(self)).toList();
    for (SlaPolicyDefinition other : others) {
      if (other.name().equalsIgnoreCase(terms.name().strip())) {
        throw new ApiException(ProblemKind.CONFLICT, "sla.name-taken", terms.name());
      }
      if (other.position() == terms.position()) {
        throw new ApiException(
            ProblemKind.CONFLICT, "sla.position-taken", terms.position(), other.name());
      }
      if (other.position() < terms.position() && other.match().covers(terms.match())) {
        throw new ApiException(ProblemKind.CONFLICT, "sla.policy-shadowed", other.name());
      }
      if (other.position() > terms.position() && terms.match().covers(other.match())) {
        throw new ApiException(ProblemKind.CONFLICT, "sla.policy-shadows", other.name());
      }
    }
  }

  private void requireGroup(Escalation escalation) {
    if (escalation.groupId() != null) {
      groups.require(escalation.groupId());
    }
  }
}
