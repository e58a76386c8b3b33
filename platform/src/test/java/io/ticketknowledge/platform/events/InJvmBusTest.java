package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InJvmBusTest {

  private final InJvmBus bus = new InJvmBus(Runnable::run);

  @Test
  void aPublicationCompletesOnlyWhenEveryGroupAcknowledged() {
    InJvmBus.Subscription search = bus.subscribe("ticket.events", "search");
    InJvmBus.Subscription signals = bus.subscribe("ticket.events", "signals");

    CompletableFuture<Void> published = bus.publish("ticket.events", "1", "e1");
    assertEquals(1, bus.pending("ticket.events", "search"));

    InJvmBus.Delivery toSearch = search.next().join();
    toSearch.consumed().complete(null);
    assertFalse(published.isDone(), "one group still has it");
    signals.next().join().consumed().complete(null);
    assertTrue(published.isDone());
    assertEquals("e1", toSearch.value());
  }

  @Test
  void aWaitingTakerGetsTheNextMessageInOrder() {
    InJvmBus.Subscription subscription = bus.subscribe("t", "g");
    CompletableFuture<InJvmBus.Delivery> waiting = subscription.next();
    bus.publish("t", "k", "first");
    bus.publish("t", "k", "second");

    assertEquals("first", waiting.join().value());
    assertEquals("second", subscription.next().join().value());
  }

  @Test
  void withoutSubscribersAPublicationCompletesAtOnce() {
    assertTrue(bus.publish("nobody.listens", "k", "v").isDone());
  }

  @Test
  void unsubscribingFailsWhatWasQueuedSoThePublisherRetries() {
    InJvmBus.Subscription subscription = bus.subscribe("t", "g");
    CompletableFuture<Void> published = bus.publish("t", "k", "v");
    bus.unsubscribe(subscription);
    assertTrue(published.isCompletedExceptionally());
  }
}
