package io.ticketknowledge.platform.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Topics between the modules of one JVM, for the embedded profile. Every subscription (consumer
 * group) of a topic gets each message in its own queue and takes it at its own pace.
 *
 * <p>With a {@link GroupInbox} (the server's database), a publication completes once every group
 * STORED the message in its inbox: the outbox row is then marked published while a slow group still
 * works through its backlog, and a fast group is never held back by it. A group's acknowledgement
 * removes the message from its inbox; at the next start a group is handed what its inbox still
 * holds, so a server stop loses nothing. Without an inbox (unit tests), a publication completes
 * only when every group acknowledged it, as the outbox needs.
 */
public final class InJvmBus {

  private static final Logger LOG = Logger.getLogger(InJvmBus.class.getName());

  private final Map<String, List<Subscription>> topics = new ConcurrentHashMap<>();
  private final Executor dispatcher;
  private final GroupInbox inbox;

  /**
   * @param dispatcher runs the consumers and the inbox writes, so that they never run on the
   *     publisher's thread (inside the relay's database work)
   */
  public InJvmBus(Executor dispatcher) {
    this(dispatcher, null);
  }

  public InJvmBus(Executor dispatcher, GroupInbox inbox) {
    this.dispatcher = dispatcher;
    this.inbox = inbox;
  }

  /** A group's queue; with an inbox it starts with what the group had not acknowledged before. */
  public Subscription subscribe(String topic, String group) {
    Subscription subscription = new Subscription(topic, group);
    if (inbox != null) {
      try {
        List<GroupInbox.Entry> left = inbox.pending(group, topic);
        left.forEach(entry -> subscription.enqueue(subscription.delivery(entry)));
        if (!left.isEmpty()) {
          LOG.info(() -> group + ": " + left.size() + " messages from its inbox handed out again");
        }
      } catch (RuntimeException e) { // before the first migration: no inbox table yet
        LOG.fine(() -> group + ": no inbox to resume from: " + e.getMessage());
      }
    }
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

  /**
   * Completes when every subscription of the topic stored (with an inbox) or acknowledged (without)
   * the message; at once if there is none.
   */
  public CompletableFuture<Void> publish(String topic, String key, String value) {
    List<CompletableFuture<Void>> delivered = new ArrayList<>();
    for (Subscription subscription : topics.getOrDefault(topic, List.of())) {
      delivered.add(subscription.offer(key, value));
    }
    return CompletableFuture.allOf(delivered.toArray(CompletableFuture[]::new));
  }

  /** Messages queued for {@code group} on {@code topic} and not yet handed out. */
  public long pending(String topic, String group) {
    return topics.getOrDefault(topic, List.of()).stream()
        .filter(s -> s.group.equals(group))
        .mapToLong(Subscription::pending)
        .sum();
  }

  /** One message as a subscriber sees it; {@code consumed} completes on its acknowledgement. */
  public record Delivery(UUID id, String key, String value, CompletableFuture<Void> consumed) {
    public Delivery(String key, String value, CompletableFuture<Void> consumed) {
      this(UUID.randomUUID(), key, value, consumed);
    }
  }

  /** A consumer group's queue: items wait for takers, takers wait for items. */
  public final class Subscription {

    private final String topic;
    private final String group;
    private final Deque<Delivery> items = new ArrayDeque<>();
    private final Deque<CompletableFuture<Delivery>> takers = new ArrayDeque<>();
    private final List<Stored> toStore = new ArrayList<>();
    private final List<UUID> toRemove = new ArrayList<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private boolean cancelled;

    private Subscription(String topic, String group) {
      this.topic = topic;
      this.group = group;
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

    private CompletableFuture<Void> offer(String key, String value) {
      synchronized (this) {
        if (cancelled) {
          return CompletableFuture.failedFuture(new IllegalStateException("unsubscribed"));
        }
      }
      if (inbox == null) {
        Delivery delivery = new Delivery(key, value, new CompletableFuture<>());
        enqueue(delivery);
        return delivery.consumed();
      }
      Stored stored = new Stored(new GroupInbox.Entry(UUID.randomUUID(), key, value));
      synchronized (this) {
        toStore.add(stored);
      }
      writeLater();
      return stored.done;
    }

    /** A delivery whose acknowledgement removes it from the inbox. */
    private Delivery delivery(GroupInbox.Entry entry) {
      CompletableFuture<Void> consumed = new CompletableFuture<>();
      consumed.thenRun(
          () -> {
            synchronized (this) {
              toRemove.add(entry.id());
            }
            writeLater();
          });
      return new Delivery(entry.id(), entry.key(), entry.value(), consumed);
    }

    private void enqueue(Delivery delivery) {
      CompletableFuture<Delivery> taker;
      synchronized (this) {
        if (cancelled) {
          delivery.consumed().completeExceptionally(new IllegalStateException("unsubscribed"));
          return;
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
    }

    /** Inbox writes run one at a time per group, each taking all that is waiting: few commits. */
    private void writeLater() {
      if (writing.compareAndSet(false, true)) {
        dispatcher.execute(this::write);
      }
    }

    private void write() {
      boolean databaseAway = false;
      try {
        while (true) {
          List<Stored> storing;
          List<UUID> removing;
          synchronized (this) {
            storing = new ArrayList<>(toStore);
            removing = new ArrayList<>(toRemove);
            toStore.clear();
            toRemove.clear();
          }
          if (storing.isEmpty() && removing.isEmpty()) {
            return;
          }
          store(storing);
          if (!removing.isEmpty() && !remove(removing)) {
            databaseAway = true; // the next acknowledgement or message tries again
            return;
          }
        }
      } finally {
        writing.set(false);
        boolean more;
        synchronized (this) {
          more = !toStore.isEmpty() || !toRemove.isEmpty();
        }
        if (more && !cancelled && !databaseAway) {
          writeLater();
        }
      }
    }

    private void store(List<Stored> storing) {
      if (storing.isEmpty()) {
        return;
      }
      try {
        inbox.store(group, topic, storing.stream().map(Stored::entry).toList());
      } catch (RuntimeException e) { // the publisher (the outbox relay) tries again later
        storing.forEach(s -> s.done.completeExceptionally(e));
        return;
      }
      for (Stored s : storing) {
        enqueue(delivery(s.entry));
        s.done.complete(null);
      }
    }

    private boolean remove(List<UUID> removing) {
      try {
        inbox.remove(group, removing);
        return true;
      } catch (RuntimeException e) {
        synchronized (this) {
          toRemove.addAll(0, removing);
        }
        LOG.fine(() -> group + ": acknowledged messages stay in the inbox for now: " + e);
        return false;
      }
    }

    private synchronized long pending() {
      return items.size();
    }

    private void cancel() {
      List<Delivery> dropped;
      List<Stored> unstored;
      synchronized (this) {
        cancelled = true;
        dropped = new ArrayList<>(items);
        unstored = new ArrayList<>(toStore);
        items.clear();
        takers.clear();
        toStore.clear();
      }
      IllegalStateException gone = new IllegalStateException("unsubscribed");
      if (inbox == null) {
        dropped.forEach(d -> d.consumed().completeExceptionally(gone));
      }
      unstored.forEach(s -> s.done.completeExceptionally(gone));
    }
  }

  private record Stored(GroupInbox.Entry entry, CompletableFuture<Void> done) {
    Stored(GroupInbox.Entry entry) {
      this(entry, new CompletableFuture<>());
    }
  }
}
