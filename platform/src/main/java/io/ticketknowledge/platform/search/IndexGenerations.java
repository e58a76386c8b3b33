package io.ticketknowledge.platform.search;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * How every adapter names an index's alias and the physical generations behind it: {@code
 * <prefix><name>} and {@code <prefix><name>-v<version>-<suffix>}, the suffix from the time and a
 * random part, so two generations created in one millisecond differ too.
 */
public final class IndexGenerations {

  private IndexGenerations() {}

  public static String alias(String prefix, IndexDefinition definition) {
    return prefix + definition.name();
  }

  /** A new generation's name for the definition's current version. */
  public static String next(String alias, IndexDefinition definition) {
    return alias
        + "-v"
        + definition.version()
        + "-"
        + Long.toString(Instant.now().toEpochMilli(), 36)
        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
  }

  /** Whether {@code generation} is a generation (of any version) behind {@code alias}. */
  public static boolean belongsTo(String alias, String generation) {
    return generation.matches(Pattern.quote(alias) + "-v\\d+-[a-z0-9]+");
  }
}
