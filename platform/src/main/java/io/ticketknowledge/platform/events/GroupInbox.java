package io.ticketknowledge.platform.events;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where the in-JVM transport keeps a consumer group's messages until the group acknowledged them,
 * so that a publication can count as delivered before the slowest group applied it.
 */
public interface GroupInbox {

  /** Stores the entries for the group, durably, in order; throws when it cannot. */
  void store(String group, String topic, List<Entry> entries);

  /** Forgets acknowledged entries. */
  void remove(String group, Collection<UUID> ids);

  /** What still waits for the group on the topic, oldest first. */
  List<Entry> pending(String group, String topic);

  /** One message in an inbox. */
  record Entry(UUID id, String key, String value) {}
}
