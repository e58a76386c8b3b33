package io.ticketknowledge.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

/**
 * How far an incoming channel's consumer group is behind its topic: on Kafka the sum over
 * partitions of end offset minus committed offset (asked at most every few seconds, with one reused
 * admin client), in-JVM the messages queued for the group.
 */
@ApplicationScoped
public class ConsumerLags {

  private static final Duration FRESH_FOR = Duration.ofSeconds(5);

  @Inject Config config;

  @Inject
  @Connector(InJvmConnector.NAME)
  InJvmConnector inJvm;

  private final Map<String, Sample> samples = new ConcurrentHashMap<>();
  private Admin admin;

  /** The lag of the consumer behind {@code channel}; -1 while it cannot be determined. */
  public LongSupplier of(String channel) {
    String prefix = "mp.messaging.incoming." + channel + ".";
    String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
    String group = config.getOptionalValue(prefix + "group.id", String.class).orElse(channel);
    String transport = config.getValue("tk.events.transport", String.class);
    if (InJvmConnector.NAME.equals(transport)) {
      return () -> inJvm.bus().pending(topic, group);
    }
    return () ->
        samples.compute(group, (g, s) -> s != null && s.fresh() ? s : sample(topic, g)).lag;
  }

  private Sample sample(String topic, String group) {
    try {
      long timeout = config.getValue("tk.health.timeout-ms", Long.class);
      Admin client = admin();
      Map<TopicPartition, OffsetAndMetadata> committed =
          client
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(timeout, TimeUnit.MILLISECONDS);
      List<TopicPartition> partitions =
          client
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(timeout, TimeUnit.MILLISECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(client, partitions, true, timeout);
      Map<TopicPartition, ListOffsetsResultInfo> starts =
          offsets(client, partitions, false, timeout);
      long lag = 0;
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata done = committed.get(partition);
        long from = done != null ? done.offset() : starts.get(partition).offset();
        lag += Math.max(0, ends.get(partition).offset() - from);
      }
      return new Sample(lag, Instant.now());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sample(-1, Instant.now());
    } catch (Exception e) { // broker away or topic not there yet: unknown, not zero
      return new Sample(-1, Instant.now());
    }
  }

  private static Map<TopicPartition, ListOffsetsResultInfo> offsets(
      Admin client, List<TopicPartition> partitions, boolean end, long timeout) throws Exception {
    Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
    partitions.forEach(p -> specs.put(p, end ? OffsetSpec.latest() : OffsetSpec.earliest()));
    return client.listOffsets(specs).all().get(timeout, TimeUnit.MILLISECONDS);
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          KafkaAdmins.create(
              config.getValue("tk.kafka.bootstrap", String.class),
              "tk-consumer-lag",
              config.getValue("tk.health.timeout-ms", Integer.class));
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
    }
  }

  private record Sample(long lag, Instant at) {
    boolean fresh() {
      return at.plus(FRESH_FOR).isAfter(Instant.now());
    }
  }
}
