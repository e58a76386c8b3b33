package io.ticketknowledge.platform.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * Topics between the modules of one JVM, for the embedded profile. Every subscription (consumer
 * group) of a topic gets each message; a publication completes only when all of them have
 * acknowledged it, so the outbox row is marked published after the consumers took it, as with a
 * broker.
 */
public final class InJvmBus {

  private final Map<String, List<Subscription>> topics = new ConcurrentHashMap<>();
  private final Executor dispatcher;

  /**
   * @param dispatcher runs the consumers, so that they never run on the publisher's thread (inside
   *     the relay's database work)
   */
  public InJvmBus(Executor dispatcher) {
    this.dispatcher = dispatcher;
  }

  public Subscription subscribe(String topic, String group) {
    Subscription subscription = new Subscription(topic, group, dispatcher);
    topics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(subscription);
    return subscription;
  }

  public void unsubscribe(Subscription subscription) {
    List<Subscription> subscriptions = topics.get(subscription.topic);
    if (subscriptions != null) {
      subscriptions.remove(subscription);
    }
    subscription.cancel();
  }

  /** Completes when every subscription of the topic acknowledged the message (at once if none). */
  public CompletableFuture<Void> publish(String topic, String key, String value) {
    List<CompletableFuture<Void>> consumed = new ArrayList<>();
    for (Subscription subscription : topics.getOrDefault(topic, List.of())) {
      consumed.add(subscription.offer(new Delivery(key, value, new CompletableFuture<>())));
    }
    return CompletableFuture.allOf(consumed.toArray(CompletableFuture[]::new));
  }

  /** Messages queued for {@code group} on {@code topic} and not yet handed out. */
  public long pending(String topic, String group) {
    return topics.getOrDefault(topic, List.of()).stream()
        .filter(s -> s.group.equals(group))
        .mapToLong(Subscription::pending)
        .sum();
  }

  /** One message as a subscriber sees it; {@code consumed} completes on its acknowledgement. */
  public record Delivery(String key, String value, CompletableFuture<Void> consumed) {}

  /** A consumer group's queue: items wait for takers, takers wait for items. */
  public static final class Subscription {

    private final String topic;
    private final String group;
    private final Deque<Delivery> items = new ArrayDeque<>();
    private final Deque<CompletableFuture<Delivery>> takers = new ArrayDeque<>();
    private final Executor dispatcher;
    private boolean cancelled;

    private Subscription(String topic, String group, Executor dispatcher) {
      this.topic = topic;
      this.group = group;
      this.dispatcher = dispatcher;
    }

    /** The next message, now or when one arrives. */
    public synchronized CompletableFuture<Delivery> next() {
      Delivery item = items.poll();
      if (item != null) {
        return CompletableFuture.completedFuture(item);
      }
      CompletableFuture<Delivery> taker = new CompletableFuture<>();
      if (!cancelled) {
        takers.add(taker);
      }
      return taker;
    }

    private CompletableFuture<Void> offer(Delivery delivery) {
      CompletableFuture<Delivery> taker;
      synchronized (this) {
        if (cancelled) {
          return CompletableFuture.failedFuture(new IllegalStateException("unsubscribed"));
        }
        taker = takers.poll();
        if (taker == null) {
          items.add(delivery);
        }
      }
      if (taker != null) {
        CompletableFuture<Delivery> waiting = taker;
        dispatcher.execute(() -> waiting.complete(delivery));
      }
      return delivery.consumed();
    }

    private synchronized long pending() {
      return items.size();
    }

    private void cancel() {
      List<Delivery> dropped;
      synchronized (this) {
        cancelled = true;
        dropped = new ArrayList<>(items);
        items.clear();
        takers.clear();
      }
      dropped.forEach(
          d -> d.consumed().completeExceptionally(new IllegalStateException("unsubscribed")));
    }
  }
}
