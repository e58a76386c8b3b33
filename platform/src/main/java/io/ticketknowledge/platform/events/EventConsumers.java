package io.ticketknowledge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Every consumer of the application with its status, for readiness. */
@ApplicationScoped
public class EventConsumers {

  private final Map<String, ConsumerStatus> statuses = new ConcurrentSkipListMap<>();

  ConsumerStatus register(ConsumerStatus status) {
    statuses.put(status.consumer(), status);
    return status;
  }

  /** In consumer name order. */
  public Collection<ConsumerStatus> statuses() {
    return List.copyOf(statuses.values());
  }
}
