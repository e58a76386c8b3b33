package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Links that together would close a cycle, made at the same instant by two agents: exactly one is
 * created, the other is a 409 — also when the two links share no ticket (the cycle runs through
 * links made before). Several rounds, because a race that slips through is rare.
 */
class ConcurrentLinksIT {

  private static final int ROUNDS = 6;

  @Test
  void twoLinksClosingAFourTicketCycleTogetherAreNeverBothCreated() {
    for (int round = 0; round < ROUNDS; round++) {
      long a = open("A" + round);
      long b = open("B" + round);
      long c = open("C" + round);
      long d = open("D" + round);
      assertEquals(201, link(b, "agent1", "PARENT_OF", c).statusCode());
      assertEquals(201, link(d, "agent1", "PARENT_OF", a).statusCode());

      List<Integer> statuses =
          together(
              () -> link(a, "agent1", "PARENT_OF", b).statusCode(),
              () -> link(c, "admin1", "PARENT_OF", d).statusCode());

      assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "round " + round);
    }
  }

  @Test
  void aLinkAndItsReverseAtTheSameInstantAreNeverBothCreated() {
    for (int round = 0; round < ROUNDS; round++) {
      long a = open("X" + round);
      long b = open("Y" + round);

      List<Integer> statuses =
          together(
              () -> link(a, "agent1", "DUPLICATE_OF", b).statusCode(),
              () -> link(b, "admin1", "DUPLICATE_OF", a).statusCode());

      assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "round " + round);
    }
  }

  private static long open(String name) {
    return Tickets.open("requester1", "連結競態 " + name).get("id").asLong();
  }

  private static HttpResponse<String> link(long from, String user, String type, long to) {
    return Api.postJson(
        Tickets.path(from) + "/links",
        Tokens.of(user),
        "{\"type\":\"" + type + "\",\"ticketId\":" + to + "}");
  }

  /** Runs both calls at once (released by one latch); their results in order. */
  @SafeVarargs
  private static List<Integer> together(Supplier<Integer>... calls) {
    CountDownLatch start = new CountDownLatch(1);
    // a thread each: the common pool may have a single thread on a small machine
    ExecutorService threads = Executors.newFixedThreadPool(calls.length);
    List<CompletableFuture<Integer>> running = new ArrayList<>();
    for (Supplier<Integer> call : calls) {
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
                return call.get();
              },
              threads));
    }
    start.countDown();
    try {
      return running.stream().map(CompletableFuture::join).toList();
    } finally {
      threads.shutdown();
    }
  }
}
