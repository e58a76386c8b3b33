package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (run by scripts/bench/events.sh): how long 10,000 events take from the
 * Ticket module's outbox to each consumer's committed effect (Knowledge ticket signals, Ticket
 * search index), in total and as p50/p95/p99 latency, on whichever transport the server under test
 * runs, against a baseline measured in the same run: the same records produced to and consumed from
 * Kafka with the bare client. Then a steady 200 events/s, with each event's latency from its own
 * commit. Prints figures; fails only if events are lost.
 */
class EventThroughputBench {

  private static final int EVENTS = Integer.getInteger("tk.bench.events", 10_000);

  @Test
  void outboxToConsumer() throws Exception {
    // ticket ids far above the real ones, one block per run: both consumers treat them as tickets
    long firstId = 9_000_000_000L + (System.currentTimeMillis() % 1_000_000L) * 100_000L;
    List<UUID> ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(EVENTS).toList();
    List<String> envelopes =
        java.util.stream.IntStream.range(0, EVENTS)
            .mapToObj(i -> openedTicket(ids.get(i), firstId + i, "效能測試 printer " + i))
            .toList();
    String run = String.valueOf(firstId);
    Instant benchStart = Instant.now();

    long baseline = bareKafkaRoundTrip(run, envelopes);

    long insertStart = System.nanoTime();
    try (Connection db = database()) {
      db.setAutoCommit(false);
      insert(db, firstId, ids, envelopes, 0, EVENTS);
      db.commit();
    }
    long committed = System.nanoTime();
    Progress progress = Progress.follow(benchStart, EVENTS, committed);

    String transport = System.getProperty("tk.bench.transport", "?");
    System.out.printf(
        "%nevents: %d in one outbox transaction, transport %s%n"
            + "  baseline (bare Kafka client, produce + consume): %6.2f s  (%,.0f events/s)%n"
            + "  outbox insert (one transaction, JDBC batch):     %6.2f s%n",
        EVENTS,
        transport,
        baseline / 1e9,
        EVENTS / (baseline / 1e9),
        (committed - insertStart) / 1e9);
    for (String consumer : CONSUMERS) {
      long total = progress.latency(consumer, EVENTS);
      System.out.printf(
          "  outbox commit -> %-24s all: %6.2f s  (%,.0f events/s) = %.1f x baseline;"
              + "  latency p50 %.2f s, p95 %.2f s, p99 %.2f s%n",
          consumer,
          total / 1e9,
          EVENTS / (total / 1e9),
          (double) total / baseline,
          progress.percentile(consumer, 50) / 1e9,
          progress.percentile(consumer, 95) / 1e9,
          progress.percentile(consumer, 99) / 1e9);
    }
    paced(firstId + EVENTS, transport);
  }

  /**
   * A steady load: {@code tk.bench.paced-events} events at {@code tk.bench.rate} per second, in
   * commits of 10, each event's latency from its own commit to each consumer's committed effect.
   */
  private static void paced(long firstId, String transport) throws Exception {
    int events = Integer.getInteger("tk.bench.paced-events", 2_000);
    int rate = Integer.getInteger("tk.bench.rate", 200);
    if (events <= 0) {
      return;
    }
    int perCommit = 10;
    List<UUID> ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(events).toList();
    List<String> envelopes =
        java.util.stream.IntStream.range(0, events)
            .mapToObj(i -> openedTicket(ids.get(i), firstId + i, "穩定負載 printer " + i))
            .toList();
    Instant start = Instant.now();
    long[] committedAt = new long[events];
    long began = System.nanoTime();
    Progress progress = new Progress(start, events);
    try (Connection db = database()) {
      db.setAutoCommit(false);
      for (int from = 0; from < events; from += perCommit) {
        long due = began + (long) (from * 1e9 / rate);
        while (System.nanoTime() < due) {
          progress.poll(); // sample while waiting for the next commit's turn
        }
        int to = Math.min(events, from + perCommit);
        insert(db, firstId, ids, envelopes, from, to);
        db.commit();
        long now = System.nanoTime();
        for (int i = from; i < to; i++) {
          committedAt[i] = now;
        }
      }
    }
    await()
        .atMost(Duration.ofMinutes(15))
        .pollInterval(Duration.ofMillis(1))
        .until(() -> progress.poll() && progress.done());
    System.out.printf(
        "%nevents: %d at %d events/s (commits of %d), transport %s%n",
        events, rate, perCommit, transport);
    for (String consumer : CONSUMERS) {
      long[] latencies = new long[events];
      for (int i = 0; i < events; i++) {
        // effects follow commit order closely (one aggregate per event, FIFO per partition)
        latencies[i] = Math.max(0, progress.reachedAt(consumer, i + 1) - committedAt[i]);
      }
      java.util.Arrays.sort(latencies);
      System.out.printf(
          "  commit -> %-24s latency p50 %.3f s, p95 %.3f s, p99 %.3f s, max %.3f s%n",
          consumer,
          latencies[events / 2] / 1e9,
          latencies[(int) Math.ceil(events * 0.95) - 1] / 1e9,
          latencies[(int) Math.ceil(events * 0.99) - 1] / 1e9,
          latencies[events - 1] / 1e9);
    }
  }

  private static void insert(
      Connection db, long firstId, List<UUID> ids, List<String> envelopes, int from, int to)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into ticket.outbox (event_id, topic, aggregate_id, event_type, envelope)"
                + " values (?, 'ticket.events', ?, 'ticket.opened', ?)")) {
      for (int i = from; i < to; i++) {
        insert.setObject(1, ids.get(i));
        insert.setString(2, String.valueOf(firstId + i));
        insert.setString(3, envelopes.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static final List<String> CONSUMERS =
      List.of("knowledge.ticket-signals", "ticket.search-index");

  /**
   * When each consumer's committed effects (its processed-event marks, written in the transaction
   * of the effect) reached 1, 2, ... n events, sampled as fast as the database answers: the time
   * the k-th effect became visible, for every k.
   */
  private static final class Progress {
    private final Instant since;
    private final int expected;
    private final java.util.Map<String, long[]> reached = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    private long committed;
    private Connection db;

    Progress(Instant since, int expected) {
      this.since = since;
      this.expected = expected;
      for (String consumer : CONSUMERS) {
        reached.put(consumer, new long[expected + 1]);
        counts.put(consumer, 0);
      }
    }

    static Progress follow(Instant since, int expected, long committed) {
      Progress progress = new Progress(since, expected);
      progress.committed = committed;
      await()
          .atMost(Duration.ofMinutes(15))
          .pollInterval(Duration.ofMillis(1))
          .until(() -> progress.poll() && progress.done());
      return progress;
    }

    /** Samples both counts; true (for awaits) always. */
    boolean poll() throws SQLException {
      if (db == null || db.isClosed()) {
        db = database(); // one connection for all samples: fine-grained, cheap
      }
      for (String consumer : CONSUMERS) {
        int before = counts.get(consumer);
        if (before >= expected) {
          continue;
        }
        int now = Math.min(expected, processed(db, consumer, since));
        long at = System.nanoTime();
        for (int k = before + 1; k <= now; k++) {
          reached.get(consumer)[k] = at;
        }
        counts.put(consumer, now);
      }
      return true;
    }

    boolean done() {
      return counts.values().stream().allMatch(c -> c >= expected);
    }

    long reachedAt(String consumer, int k) {
      return reached.get(consumer)[k];
    }

    long latency(String consumer, int k) {
      return reachedAt(consumer, k) - committed;
    }

    /** Every event of the burst was committed at once: the k-th effect is the k-th latency. */
    long percentile(String consumer, int p) {
      return latency(consumer, Math.max(1, (int) Math.ceil(expected * p / 100.0)));
    }
  }

  private static long bareKafkaRoundTrip(String run, List<String> values) throws Exception {
    String topic = "tk.bench." + run;
    Properties producerConfig = new Properties();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Api.env("TK_KAFKA_BOOTSTRAP"));
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    Properties consumerConfig = new Properties();
    consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Api.env("TK_KAFKA_BOOTSTRAP"));
    consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
    consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    long start = System.nanoTime();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < values.size(); i++) {
        producer.send(new ProducerRecord<>(topic, run + "-" + i, values.get(i)));
      }
      producer.flush();
    }
    int seen = 0;
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plusSeconds(120);
      while (seen < values.size() && Instant.now().isBefore(deadline)) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
        seen += records.count();
        consumer.commitSync();
      }
    }
    if (seen < values.size()) {
      throw new AssertionError("baseline consumed only " + seen);
    }
    return System.nanoTime() - start;
  }

  /** A complete ticket state, as the Ticket module's own events carry it. */
  static String openedTicket(UUID eventId, long id, String subject) {
    String now = Instant.now().toString();
    ObjectNode state =
        Api.JSON
            .createObjectNode()
            .put("id", id)
            .put("subject", subject)
            .put("description", "三樓印表機無法列印 the printer is offline")
            .put("status", "NEW")
            .put("priority", "NORMAL")
            .put("requesterId", "bench")
            .put("requesterName", "效能測試")
            .put("createdAt", now)
            .put("updatedAt", now);
    return Events.envelope(eventId, "ticket.opened", String.valueOf(id), 1, state);
  }

  /** Events {@code consumer} committed since the run began (its schema's processed events). */
  private static int processed(Connection db, String consumer, Instant since) throws SQLException {
    String schema = consumer.substring(0, consumer.indexOf('.'));
    try (PreparedStatement count =
        db.prepareStatement(
            "select count(*) from "
                + schema
                + ".processed_event where consumer = ? and processed_at >= ?")) {
      count.setString(1, consumer);
      count.setTimestamp(2, java.sql.Timestamp.from(since));
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
  }
}
