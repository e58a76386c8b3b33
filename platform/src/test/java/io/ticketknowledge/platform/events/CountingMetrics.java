package io.ticketknowledge.platform.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Event metrics counted in memory, for tests without a metric registry. */
class CountingMetrics extends EventMetrics {

  final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  long count(String name) {
    return counts.getOrDefault(name, new AtomicLong()).get();
  }

  private void add(String name, long n) {
    counts.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
  }

  @Override
  public void published(String module, long count) {
    add("published", count);
  }

  @Override
  public void consumed(String consumer, long events) {
    add("consumed", events);
  }

  @Override
  public void duplicates(String consumer, long events) {
    add("duplicate", events);
  }

  @Override
  public void retried(String consumer) {
    add("retried", 1);
  }

  @Override
  public void deadLettered(String consumer) {
    add("deadLettered", 1);
  }

  @Override
  public void outboxBacklog(String module, LongSupplier rows) {}

  @Override
  public void outboxParked(String module, LongSupplier rows) {}

  @Override
  public void consumerLag(String consumer, LongSupplier records) {}
}
