package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The in-JVM transport with the groups' inboxes on H2 (the real migration). */
class InJvmInboxTest {

  private final DataSource database = EventTablesOnH2.create("knowledge");
  private final GroupInbox inbox = new JdbcGroupInbox(database);

  @Test
  void aSlowGroupNeitherHoldsBackThePublisherNorAFastGroup() throws Exception {
    InJvmBus bus = new InJvmBus(Runnable::run, inbox);
    InJvmBus.Subscription fast = bus.subscribe("ticket.events", "knowledge.fast");
    bus.subscribe("ticket.events", "knowledge.slow"); // takes nothing in this test

    List<CompletableFuture<Void>> published = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      published.add(bus.publish("ticket.events", "k" + i, "e" + i));
    }
    CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

    for (int i = 0; i < 100; i++) {
      InJvmBus.Delivery delivery = fast.next().get(5, TimeUnit.SECONDS);
      assertEquals("e" + i, delivery.value(), "in order");
      delivery.consumed().complete(null);
    }
    assertEquals(0, inbox.pending("knowledge.fast", "ticket.events").size(), "acknowledged");
    assertEquals(100, inbox.pending("knowledge.slow", "ticket.events").size(), "kept for later");
  }

  @Test
  void whatAGroupHadNotAcknowledgedWhenTheServerStoppedIsHandedOutAtTheNextStart()
      throws Exception {
    InJvmBus before = new InJvmBus(Runnable::run, inbox);
    InJvmBus.Subscription group = before.subscribe("ticket.events", "knowledge.signals");
    before.publish("ticket.events", "1", "first").get(5, TimeUnit.SECONDS);
    before.publish("ticket.events", "2", "second").get(5, TimeUnit.SECONDS);
    group.next().get(5, TimeUnit.SECONDS).consumed().complete(null); // "first" applied
    group.next().get(5, TimeUnit.SECONDS); // "second" taken but not applied: the server stops

    InJvmBus after = new InJvmBus(Runnable::run, inbox);
    InJvmBus.Subscription resumed = after.subscribe("ticket.events", "knowledge.signals");

    assertEquals("second", resumed.next().get(5, TimeUnit.SECONDS).value());
    assertTrue(resumed.next().isDone() == false, "nothing else");
  }

  @Test
  void whenTheInboxCannotBeWrittenThePublicationFailsSoTheRelayRetries() {
    EventDeliveryTest.FlakyDataSource flaky = new EventDeliveryTest.FlakyDataSource(database);
    InJvmBus bus = new InJvmBus(Runnable::run, new JdbcGroupInbox(flaky));
    bus.subscribe("ticket.events", "knowledge.signals");
    flaky.failNext(1);

    assertTrue(bus.publish("ticket.events", "1", "e").isCompletedExceptionally());
    assertTrue(bus.publish("ticket.events", "1", "e").isDone());
  }
}
