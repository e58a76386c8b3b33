package io.ticketknowledge.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;

class EventBatchesTest {

  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final AtomicLong requested = new AtomicLong();
  private final AtomicInteger acks = new AtomicInteger();
  private final AtomicInteger nacks = new AtomicInteger();
  private final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void messagesThatArriveWhileABatchIsAppliedFormTheNextBatch() throws Exception {
    CountDownLatch firstBatchRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    EventBatches subscriber =
        subscriber(
            4,
            batch -> {
              batches.add(batch.size());
              firstBatchRunning.countDown();
              awaitLatch(release);
            });

    subscriber.onNext(message("1"));
    assertTrue(firstBatchRunning.await(5, TimeUnit.SECONDS));
    for (int i = 2; i <= 6; i++) {
      subscriber.onNext(message(String.valueOf(i)));
    }
    assertEquals(0, acks.get(), "nothing is acknowledged before its batch settled");
    release.countDown();

    await().atMost(Duration.ofSeconds(5)).until(() -> acks.get() == 6);
    assertEquals(List.of(1, 4, 1), batches, "at most 4 per batch, in arrival order");
    assertEquals(4 + 6, requested.get(), "the first request, then one per settled message");
    assertEquals(0, nacks.get());
  }

  @Test
  void aBatchThatFailsUnexpectedlyIsAppliedAgainAndNeverNacked() {
    AtomicInteger calls = new AtomicInteger();
    EventBatches subscriber =
        subscriber(
            10,
            batch -> {
              if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("dead letter table unreachable");
              }
            });

    subscriber.onNext(message("1"));

    await().atMost(Duration.ofSeconds(5)).until(() -> acks.get() == 1);
    assertEquals(3, calls.get());
    assertEquals(0, nacks.get(), "a nack would end a Kafka channel for good");
  }

  private EventBatches subscriber(
      int maxBatch, java.util.function.Consumer<List<Message<String>>> apply) {
    EventBatches subscriber =
        new EventBatches(
            "test",
            maxBatch,
            worker,
            batch -> {
              apply.accept(batch);
              batch.forEach(Message::ack);
            },
            (failure, attempt) -> {});
    subscriber.onSubscribe(
        new Subscription() {
          @Override
          public void request(long n) {
            requested.addAndGet(n);
          }

          @Override
          public void cancel() {}
        });
    return subscriber;
  }

  private Message<String> message(String payload) {
    return Message.of(
        payload,
        () -> {
          acks.incrementAndGet();
          return CompletableFuture.completedFuture(null);
        },
        failure -> {
          nacks.incrementAndGet();
          return CompletableFuture.completedFuture(null);
        });
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
