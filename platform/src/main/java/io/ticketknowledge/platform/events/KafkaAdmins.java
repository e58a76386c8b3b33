package io.ticketknowledge.platform.events;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Kafka admin clients for probes and gauges: short timeouts, created once and reused by callers.
 */
public final class KafkaAdmins {

  private KafkaAdmins() {}

  public static Admin create(String bootstrap, String clientId, int timeoutMs) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
    // kafka-clients lives in the EAR lib: load its pluggable classes from there, not the caller's
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(Admin.class.getClassLoader());
    try {
      return Admin.create(config);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
