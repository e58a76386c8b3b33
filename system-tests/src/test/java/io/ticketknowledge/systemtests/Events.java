package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Helpers for the event tests: raw records on the topics, signals and metrics to wait for. */
final class Events {

  static final String TICKET_TOPIC = "ticket.events";

  private Events() {}

  /** Sends records as another producer would, bypassing the application's outbox. */
  static void send(String topic, String key, String... values) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Api.env("TK_KAFKA_BOOTSTRAP"));
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (String value : values) {
        producer.send(new ProducerRecord<>(topic, key, value)).get(20, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new AssertionError("could not send to " + topic, e);
    }
  }

  /** A ticket event envelope; without {@code subject} its payload is incomplete. */
  static String ticketEvent(
      UUID id, String type, String ticketId, long version, String subject, String status) {
    ObjectNode payload = Api.JSON.createObjectNode().put("status", status);
    if (subject != null) {
      payload.put("subject", subject).put("priority", "NORMAL");
    }
    return envelope(id, type, ticketId, version, payload);
  }

  static String envelope(UUID id, String type, String aggregateId, long version, JsonNode payload) {
    ObjectNode envelope =
        Api.JSON
            .createObjectNode()
            .put("id", id.toString())
            .put("type", type)
            .put("aggregateId", aggregateId)
            .put("version", version)
            .put("occurredAt", Instant.now().toString())
            .put("actor", "system-test");
    envelope.set("payload", payload);
    return envelope.toString();
  }

  /** A ticket id no real ticket has (the sequences start far below). */
  static String unusedTicketId() {
    return String.valueOf(8_000_000_000L + (long) (Math.random() * 1_000_000_000L));
  }

  static HttpResponse<String> signal(String ticketId) {
    return Api.get("/api/knowledge/ticket-signals/" + ticketId, Tokens.of("agent1"));
  }

  /** Waits until Knowledge holds the ticket at (at least) {@code version}. */
  static JsonNode awaitSignal(String ticketId, long version, Duration within) {
    JsonNode[] found = new JsonNode[1];
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              HttpResponse<String> response = signal(ticketId);
              if (response.statusCode() != 200) {
                return false;
              }
              found[0] = Api.json(response);
              return found[0].get("ticketVersion").asLong() >= version;
            });
    return found[0];
  }

  /** The value of a Prometheus sample, e.g. {@code tk_outbox_backlog{module="ticket"}}. */
  static double metric(String name, String label) {
    String text = Api.send(Api.request("/metrics")).body();
    Matcher m =
        Pattern.compile(
                "^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$",
                Pattern.MULTILINE)
            .matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
