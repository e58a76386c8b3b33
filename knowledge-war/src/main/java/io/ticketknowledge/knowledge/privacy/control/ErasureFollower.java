package io.ticketknowledge.knowledge.privacy.control;

import io.ticketknowledge.knowledge.privacy.entity.KnowledgeErasureReport;
import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditActor;
import io.ticketknowledge.platform.audit.AuditEntry;
import io.ticketknowledge.platform.audit.AuditLedger;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.privacy.SubjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Knowledge's part of an erasure the Ticket module announced ({@code person.erased}): applied in
 * the consumer's transaction with the event's processed mark, then recorded in Knowledge's own
 * audit chain with the admin who erased as actor.
 */
@ApplicationScoped
public class ErasureFollower {

  private static final Logger LOG = Logger.getLogger(ErasureFollower.class.getName());

  @Inject KnowledgeErasure erasure;
  @Inject AuditLedger ledger;

  public void follow(EventEnvelope event, SubjectId subject) {
    KnowledgeErasureReport report = erasure.erase(subject);
    try {
      ledger.append(
          "knowledge",
          new AuditEntry(
              Instant.now(),
              new AuditActor(event.actor(), List.of(), null, null, event.id().toString()),
              AuditAction.PERSONAL_DATA_ERASED,
              AuditObject.of("person", subject.value()),
              List.of(),
              AuditOutcome.SUCCESS,
              "following person.erased: "
                  + report.articlesPseudonymized()
                  + " articles, "
                  + report.feedbackErased()
                  + " feedback"));
    } catch (RuntimeException e) {
      // the erasure stands; a missing record is logged as every failed append is
      LOG.log(Level.SEVERE, "audit record of a followed erasure not written", e);
    }
  }
}
