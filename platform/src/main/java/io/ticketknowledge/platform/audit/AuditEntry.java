package io.ticketknowledge.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What the audit trail records about one action: when (to the millisecond, as the database keeps
 * it), who, what, about which object, the changed fields and the outcome.
 */
public record AuditEntry(
    Instant at,
    AuditActor actor,
    AuditAction action,
    AuditObject object,
    List<FieldChange> changes,
    AuditOutcome outcome,
    String detail) {

  public AuditEntry {
    at = Objects.requireNonNull(at).truncatedTo(ChronoUnit.MILLIS);
    actor = actor == null ? AuditActor.SYSTEM : actor;
    action = Objects.requireNonNull(action);
    object = object == null ? AuditObject.NONE : object;
    changes = changes == null ? List.of() : List.copyOf(changes);
    outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
    detail = AuditText.cut(detail, 1000);
  }
}
