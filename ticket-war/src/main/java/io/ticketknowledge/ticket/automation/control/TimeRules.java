package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.ticket.automation.entity.Cause;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The time rules (triggers on TIME): every ticket not closed is tried against each active rule, one
 * transaction per ticket and rule ({@link TriggerRunner}); a rule acts once per ticket and stretch
 * of its current status, so "pending 7 days → remind" reminds once per pending stretch however
 * often the job runs, on however many replicas.
 */
@ApplicationScoped
public class TimeRules {

  private static final Logger LOG = Logger.getLogger(TimeRules.class.getName());
  private static final int BATCH = 200;

  @Inject Triggers triggers;
  @Inject TriggerRunner runner;
  @Inject TimeRuleCandidates candidates;

  /** Runs every time rule over the open tickets; returns how many runs acted. */
  public int run() {
    List<TriggerDefinition> rules = triggers.active(TriggerEvent.TIME);
    if (rules.isEmpty()) {
      return 0;
    }
    int ran = 0;
    long after = 0;
    for (List<Long> batch = candidates.after(after, BATCH);
        !batch.isEmpty();
        batch = candidates.after(after, BATCH)) {
      for (long ticketId : batch) {
        for (TriggerDefinition rule : rules) {
          Cause cause = Cause.time();
          try {
            if (runner.run(rule, ticketId, cause)) {
              ran++;
            }
          } catch (RuntimeException e) {
            LOG.log(Level.INFO, "time rule " + rule.name() + " failed on ticket " + ticketId, e);
            runner.failed(rule, ticketId, cause, e);
          }
        }
      }
      after = batch.get(batch.size() - 1);
    }
    return ran;
  }

  /** The ids of tickets a time rule may act on, in batches. */
  @ApplicationScoped
  public static class TimeRuleCandidates {

    @PersistenceContext(unitName = "ticket")
    EntityManager em;

    @Transactional
    public List<Long> after(long afterId, int limit) {
      return em
          .createNativeQuery(
              "SELECT id FROM ticket.tickets WHERE status <> 'CLOSED' AND id > ?1 ORDER BY id")
          .setParameter(1, afterId)
          .setMaxResults(limit)
          .getResultList()
          .stream()
          .map(id -> ((Number) id).longValue())
          .toList();
    }
  }
}
