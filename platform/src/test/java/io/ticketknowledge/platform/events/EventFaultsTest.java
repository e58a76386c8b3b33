package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class EventFaultsTest {

  private final EventFaults faults = EventFaults.byCauses();

  @Test
  void lostConnectionsAndTimeoutsAreTransient() {
    assertEquals(
        Fault.TRANSIENT,
        faults.classify(
            new PersistenceException(
                "Exception [EclipseLink-4002]",
                new SQLException("terminating connection due to administrator command", "57P01"))));
    assertEquals(
        Fault.TRANSIENT,
        faults.classify(new IllegalStateException(new SQLException("I/O error", "08006"))));
    assertEquals(
        Fault.TRANSIENT, faults.classify(new SQLTransientConnectionException("pool timed out")));
    assertEquals(
        Fault.TRANSIENT,
        faults.classify(new RuntimeException(new ConnectException("Connection refused"))));
    assertEquals(Fault.TRANSIENT, faults.classify(new EventDeliveryTest.SearchDown()));
  }

  @Test
  void malformedAndInvalidEventsArePoison() {
    assertEquals(Fault.POISON, faults.classify(new MalformedEventException("no subject")));
    assertEquals(Fault.POISON, faults.classify(new IllegalArgumentException("ticket id abc")));
  }

  @Test
  void aConstraintViolationIsNeitherUntilTheDatabaseSaysSo() {
    SQLException duplicate = new SQLException("duplicate key", "23505");
    assertEquals(Fault.UNKNOWN, faults.classify(new PersistenceException(duplicate)));
    assertEquals(
        Fault.TRANSIENT,
        new EventFaults(() -> false).classify(new PersistenceException(duplicate)),
        "while the database does not answer, any failure is taken for the outage");
  }
}
