package io.ticketknowledge.platform.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a module calls to record an action, one line per action:
 *
 * <pre>{@code audit.success(AuditAction.GROUP_CHANGED, AuditObject.of("group", id));}</pre>
 *
 * Who (subject, roles, client address, user agent, request id) comes from the current request; the
 * module (and its schema) from the request's context root. The record is appended to the module's
 * hash chain in a transaction of its own and written as a JSON line to {@code tk.audit}. A failure
 * to record is logged (SEVERE, logger {@code tk.audit}) and counted, never thrown: the action it
 * describes has already happened.
 */
@RequestScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditLog.LOGGER);

  @Inject HttpServletRequest request;
  @Inject AuditLedger ledger;

  public void success(AuditAction action, AuditObject object) {
    record(action, object, List.of(), AuditOutcome.SUCCESS, null);
  }

  public void success(AuditAction action, AuditObject object, List<FieldChange> changes) {
    record(action, object, changes, AuditOutcome.SUCCESS, null);
  }

  public void record(
      AuditAction action,
      AuditObject object,
      List<FieldChange> changes,
      AuditOutcome outcome,
      String detail) {
    String schema = RequestActor.schema(request).orElse(null);
    if (schema == null) {
      LOG.warning(() -> "audit record outside a module's request not written: " + action);
      return;
    }
    record(schema, RequestActor.of(request), action, object, changes, outcome, detail);
  }

  /** For callers outside a request (jobs) or that know the actor better. */
  public void record(
      String schema,
      AuditActor actor,
      AuditAction action,
      AuditObject object,
      List<FieldChange> changes,
      AuditOutcome outcome,
      String detail) {
    append(
        ledger,
        schema,
        new AuditEntry(
            Clock.systemUTC().instant(), actor, action, object, changes, outcome, detail));
  }

  /**
   * Records that the caller was refused an object that exists but is hidden from them (the 404 of
   * an object-level rule, such as an agent asking for a ticket outside their groups). Outside a
   * request (jobs, consumers, unit tests without CDI) it records nothing.
   */
  public static void hidden(AuditObject object) {
    try {
      CDI.current()
          .select(AuditTrail.class)
          .get()
          .record(
              AuditAction.ACCESS_REFUSED,
              object,
              List.of(),
              AuditOutcome.HIDDEN,
              "hidden by policy");
    } catch (IllegalStateException | ContextNotActiveException notInARequest) {
      // no CDI container or no request: nobody to attribute the read to
    }
  }

  static void append(AuditLedger ledger, String schema, AuditEntry entry) {
    try {
      AuditRecord record = ledger.append(schema, entry);
      AuditLog.write(schema, record);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "audit record NOT written to " + schema + ": " + entry.action() + " " + entry.object(),
          e);
    }
  }
}
