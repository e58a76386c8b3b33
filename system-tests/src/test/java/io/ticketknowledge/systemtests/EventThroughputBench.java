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
 * Ticket module's outbox to the Knowledge consumer's committed effect, on whichever transport the
 * server under test runs, against a baseline measured in the same run: the same records produced to
 * and consumed from Kafka with the bare client. Prints figures; fails only if events are lost.
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
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into ticket.outbox (event_id, topic, aggregate_id, event_type, envelope)"
                  + " values (?, 'ticket.events', ?, 'ticket.opened', ?)")) {
        for (int i = 0; i < EVENTS; i++) {
          insert.setObject(1, ids.get(i));
          insert.setString(2, String.valueOf(firstId + i));
          insert.setString(3, envelopes.get(i));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      db.commit();
    }
    long committed = System.nanoTime();
    await()
        .atMost(Duration.ofMinutes(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> applied(firstId) == EVENTS);
    long delivered = System.nanoTime() - committed;
    await()
        .atMost(Duration.ofMinutes(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> indexed(benchStart) >= EVENTS);
    long bothDelivered = System.nanoTime() - committed;

    String transport = System.getProperty("tk.bench.transport", "?");
    System.out.printf(
        "%nevents: %d, transport %s%n"
            + "  baseline (bare Kafka client, produce + consume): %6.2f s  (%,.0f events/s)%n"
            + "  outbox insert (one transaction, JDBC batch):     %6.2f s%n"
            + "  outbox -> relay -> %s -> Knowledge signals applied: %6.2f s  (%,.0f events/s)"
            + "  = %.1f x baseline%n"
            + "  ... and the Ticket search index updated as well:   %6.2f s  (%,.0f events/s)"
            + "  = %.1f x baseline%n",
        EVENTS,
        transport,
        baseline / 1e9,
        EVENTS / (baseline / 1e9),
        (committed - insertStart) / 1e9,
        transport,
        delivered / 1e9,
        EVENTS / (delivered / 1e9),
        (double) delivered / baseline,
        bothDelivered / 1e9,
        EVENTS / (bothDelivered / 1e9),
        (double) bothDelivered / baseline);
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

  /** Knowledge signals of this run's tickets. */
  private static int applied(long firstId) throws SQLException {
    try (Connection db = database();
        PreparedStatement count =
            db.prepareStatement(
                "select count(*) from knowledge.ticket_signals"
                    + " where length(ticket_id) = ? and ticket_id between ? and ?")) {
      // ids of one run have the same number of digits, so text order is number order
      count.setInt(1, String.valueOf(firstId).length());
      count.setString(2, String.valueOf(firstId));
      count.setString(3, String.valueOf(firstId + EVENTS - 1));
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  /** Events the Ticket search indexer processed since the run began. */
  private static int indexed(Instant since) throws SQLException {
    try (Connection db = database();
        PreparedStatement count =
            db.prepareStatement(
                "select count(*) from ticket.processed_event"
                    + " where consumer = 'ticket.search-index' and processed_at >= ?")) {
      count.setTimestamp(1, java.sql.Timestamp.from(since));
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
