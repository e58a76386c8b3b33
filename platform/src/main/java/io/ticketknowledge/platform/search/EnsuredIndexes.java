package io.ticketknowledge.platform.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The definitions (name and version) an engine has ensured: every engine call ensures its index
 * lazily, once, instead of asking the store each time.
 */
public final class EnsuredIndexes {

  private final Set<String> ensured = ConcurrentHashMap.newKeySet();

  /** Runs {@code ensureIndex} unless the definition was ensured before. */
  public void ensure(IndexDefinition definition, Consumer<IndexDefinition> ensureIndex) {
    if (!ensured.contains(key(definition))) {
      ensureIndex.accept(definition);
    }
  }

  public void ensured(IndexDefinition definition) {
    ensured.add(key(definition));
  }

  /** The index was dropped: the next call creates it again. */
  public void forget(IndexDefinition definition) {
    ensured.remove(key(definition));
  }

  private static String key(IndexDefinition definition) {
    return definition.name() + "/" + definition.version();
  }
}
