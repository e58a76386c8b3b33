package io.ticketknowledge.platform.events;

import jakarta.json.JsonException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ValidationException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Tells a passing fault of a backing service from an event that can never be applied, by the
 * exceptions in a failure's cause chain. When the chain says neither, a probe of the database
 * decides: a failure while the database does not answer is a blip, not a poison event (the
 * exception a JTA commit or a connection pool throws then rarely names the socket underneath).
 */
public final class EventFaults {

  private final BooleanSupplier databaseAnswers;

  /**
   * @param databaseAnswers a quick probe of the consumer's database (true when it answers)
   */
  public EventFaults(BooleanSupplier databaseAnswers) {
    this.databaseAnswers = databaseAnswers;
  }

  /** By the cause chain alone, without a probe. */
  public static EventFaults byCauses() {
    return new EventFaults(() -> true);
  }

  public Fault classify(Throwable failure) {
    Fault fault = byChain(failure);
    if (fault == Fault.UNKNOWN && !answers()) {
      return Fault.TRANSIENT;
    }
    return fault;
  }

  private boolean answers() {
    try {
      return databaseAnswers.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  static Fault byChain(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (isTransient(t)) {
        return Fault.TRANSIENT;
      }
      if (isPoison(t)) {
        return Fault.POISON;
      }
      if (t instanceof SQLException sql) {
        for (SQLException next = sql.getNextException();
            next != null && seen.put(next, true) == null;
            next = next.getNextException()) {
          if (isTransient(next)) {
            return Fault.TRANSIENT;
          }
        }
      }
    }
    return Fault.UNKNOWN;
  }

  private static boolean isPoison(Throwable t) {
    return t instanceof MalformedEventException
        || t instanceof ValidationException
        || t instanceof JsonException
        || t instanceof DateTimeParseException
        // thrown by code that checks its arguments: the same event fails the same way again
        || t instanceof IllegalArgumentException;
  }

  private static boolean isTransient(Throwable t) {
    if (t instanceof TransientFailure
        || t instanceof SQLTransientException
        || t instanceof SQLRecoverableException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof ConnectException
        || t instanceof SocketException
        || t instanceof UnknownHostException
        || t instanceof InterruptedIOException
        || t instanceof TimeoutException
        || t instanceof QueryTimeoutException
        || t instanceof LockTimeoutException
        || t instanceof PessimisticLockException
        || t instanceof OptimisticLockException) {
      return true;
    }
    return t instanceof SQLException sql && transientState(sql.getSQLState());
  }

  /**
   * SQLSTATE classes of a connection lost or refused (08), resources exhausted (53), an operator
   * intervention such as a backend terminated or the server shutting down (57), and a serialization
   * failure or deadlock (40001, 40P01).
   */
  static boolean transientState(String state) {
    if (state == null || state.length() < 2) {
      return false;
    }
    return state.startsWith("08")
        || state.startsWith("53")
        || state.startsWith("57")
        || state.equals("40001")
        || state.equals("40P01");
  }
}
