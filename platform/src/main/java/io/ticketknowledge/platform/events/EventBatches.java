package io.ticketknowledge.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Gathers an incoming channel's messages into batches. It keeps up to {@code maxBatch} messages
 * requested; whatever arrived while the previous batch was applied is the next batch, so batches
 * are single messages when events trickle in (no added latency) and grow to {@code maxBatch} under
 * load. Batches are applied one at a time on {@code worker}, never on the connector's thread, and
 * more messages are requested only after a batch settled: a consumer that waits for its database
 * holds back its own channel and nothing else.
 *
 * <p>Works with any connector: the {@code liberty-kafka} connector keeps polling (and the group
 * membership alive) while no more is requested, up to its {@code unacked.limit}.
 */
final class EventBatches implements Subscriber<Message<String>> {

  private static final Logger LOG = Logger.getLogger(EventBatches.class.getName());

  /** Applies a batch when an unforeseen failure escaped the delivery: pause, then again. */
  interface Pause {
    void after(RuntimeException failure, int attempt);
  }

  private final String consumer;
  private final int maxBatch;
  private final Executor worker;
  private final Consumer<List<Message<String>>> settle;
  private final Pause pause;
  private final Queue<Message<String>> arrived = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile Subscription subscription;
  private volatile boolean stopped;

  EventBatches(
      String consumer,
      int maxBatch,
      Executor worker,
      Consumer<List<Message<String>>> settle,
      Pause pause) {
    this.consumer = consumer;
    this.maxBatch = maxBatch;
    this.worker = worker;
    this.settle = settle;
    this.pause = pause;
  }

  @Override
  public void onSubscribe(Subscription subscription) {
    this.subscription = subscription;
    subscription.request(maxBatch);
  }

  @Override
  public void onNext(Message<String> message) {
    arrived.add(message);
    drainLater();
  }

  @Override
  public void onError(Throwable failure) {
    stopped = true;
    LOG.log(Level.SEVERE, consumer + ": the incoming channel failed", failure);
  }

  @Override
  public void onComplete() {
    stopped = true;
    LOG.info(() -> consumer + ": the incoming channel completed");
  }

  private void drainLater() {
    if (draining.compareAndSet(false, true)) {
      try {
        worker.execute(this::drain);
      } catch (RuntimeException e) { // executor shut down: the server stops
        draining.set(false);
        LOG.fine(() -> consumer + ": not applying a batch, worker gone: " + e);
      }
    }
  }

  private void drain() {
    try {
      List<Message<String>> batch;
      while (!(batch = take()).isEmpty()) {
        if (!settleUntilDone(batch)) {
          return; // interrupted: the server stops; unacknowledged messages come again
        }
        subscription.request(batch.size());
      }
    } finally {
      draining.set(false);
    }
    if (!arrived.isEmpty() && !stopped) {
      drainLater(); // arrived between the last take and the reset
    }
  }

  private List<Message<String>> take() {
    List<Message<String>> batch = new ArrayList<>(Math.min(maxBatch, 64));
    Message<String> next;
    while (batch.size() < maxBatch && (next = arrived.poll()) != null) {
      batch.add(next);
    }
    return batch;
  }

  private boolean settleUntilDone(List<Message<String>> batch) {
    for (int attempt = 1; ; attempt++) {
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
      try {
        settle.accept(batch);
        return true;
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted()) {
          return false;
        }
        LOG.log(Level.WARNING, consumer + ": applying a batch failed; trying it again", e);
        try {
          pause.after(e, attempt);
        } catch (RuntimeException interrupted) {
          return false;
        }
      }
    }
  }
}
