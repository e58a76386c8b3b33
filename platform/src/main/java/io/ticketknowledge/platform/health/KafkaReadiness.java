package io.ticketknowledge.platform.health;

import io.ticketknowledge.platform.events.KafkaAdmins;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Kafka cluster answers, if Kafka is the event transport. One admin client, reused.
 */
@Readiness
@Alternative
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "tk.events.transport")
  String transport;

  @Inject
  @ConfigProperty(name = "tk.kafka.bootstrap")
  String bootstrap;

  @Inject
  @ConfigProperty(name = "tk.health.timeout-ms")
  int timeoutMs;

  private Admin admin;

  @Override
  public HealthCheckResponse call() {
    if (!"liberty-kafka".equals(transport)) {
      return Probe.embedded("events", transport);
    }
    return Probe.run("events", transport, this::describe);
  }

  private String describe() {
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
              .nodes()
              .get(timeoutMs, TimeUnit.MILLISECONDS)
              .size();
      return nodes + " broker(s) at " + bootstrap;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Kafka at " + bootstrap + " did not answer: " + e.getClass().getSimpleName(), e);
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = KafkaAdmins.create(bootstrap, "tk-readiness", timeoutMs);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(2));
    }
  }
}
