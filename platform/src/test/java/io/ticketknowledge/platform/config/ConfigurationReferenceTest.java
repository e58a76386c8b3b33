package io.ticketknowledge.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table lists every key the code reads: each {@code "tk.…"} string
 * literal in the modules' main sources (that is how keys are read: {@code @ConfigProperty(name =
 * …)}, {@code config.getValue(…)}, settings records' constants) and each {@code tk.*} key a
 * module's {@code microprofile-config.properties} sets. The Reactive Messaging channels there are
 * listed in docs/ports/events.md instead.
 */
class ConfigurationReferenceTest {

  static final Path ROOT = Path.of("..");
  static final List<String> MODULES = List.of("platform", "ticket-war", "knowledge-war", "webapp");
  static final Pattern KEY_LITERAL = Pattern.compile("\"(tk\\.[a-z0-9][a-z0-9.-]*)\"");
  static final Pattern TABLE_KEY = Pattern.compile("`([a-z.][a-zA-Z0-9.<>_-]*)`");
  static final Pattern CHANNEL =
      Pattern.compile("mp\\.messaging\\.(?:incoming|outgoing)\\.([a-z0-9-]+)\\.");

  @Test
  void everyKeyTheCodeReadsIsInTheReadmeTable() throws IOException {
    List<String> documented = readmeKeys();
    Set<String> missing = new TreeSet<>();
    for (String key : keysInCode()) {
      if (!isDocumented(key, documented)) {
        missing.add(key);
      }
    }
    for (String key : keysInProperties()) {
      if (!isDocumented(key, documented)) {
        missing.add(key);
      }
    }
    assertEquals(Set.of(), missing, "add these keys to the README's Configuration table");
  }

  @Test
  void everyChannelIsListedInTheEventsPortDocument() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/ports/events.md"));
    Set<String> missing = new TreeSet<>();
    for (Path file : propertiesFiles()) {
      Matcher channel = CHANNEL.matcher(Files.readString(file));
      while (channel.find()) {
        if (!doc.contains("`" + channel.group(1) + "`")) {
          missing.add(channel.group(1));
        }
      }
    }
    assertEquals(Set.of(), missing, "channels missing from docs/ports/events.md");
  }

  @Test
  void theCheckSeesKeysTheWayTheCodeReadsThem() {
    List<String> table =
        List.of(
            "tk.events.relay.interval-ms",
            ".batch-size",
            "tk.cache.redis.pool.max-wait-ms",
            ".connect-timeout-ms",
            "tk.identity.display-name.<user>");
    assertTrue(isDocumented("tk.events.relay.batch-size", table));
    assertTrue(isDocumented("tk.cache.redis.connect-timeout-ms", table), "shorthand after a base");
    assertTrue(isDocumented("tk.identity.display-name.", table), "a key prefix read by the code");
    assertTrue(isDocumented("tk.identity.display-name.agent1", table));
    assertTrue(!isDocumented("tk.search.tickets.catch-up-margin-seconds", table));
    assertTrue(!isDocumented("tk.events.relay.other", table));
  }

  /** Keys in the first column of the README's tables; a cell may hold {@code `a.b.c` / `.d`}. */
  static List<String> readmeKeys() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String firstCell = line.substring(1, line.indexOf('|', 1));
      Matcher key = TABLE_KEY.matcher(firstCell);
      while (key.find()) {
        keys.add(key.group(1));
      }
    }
    return keys;
  }

  /**
   * Whether {@code key} is in the table: literally, as a {@code <placeholder>} pattern, or as a
   * {@code .suffix} following a key that starts with the same base ({@code `tk.kafka.producer.acks`
   * / `.linger.ms`}).
   */
  static boolean isDocumented(String key, List<String> table) {
    String base = null;
    for (String entry : table) {
      if (!entry.startsWith(".")) {
        base = entry;
        if (entry.equals(key) || matchesPlaceholder(entry, key)) {
          return true;
        }
      } else if (base != null && key.endsWith(entry)) {
        String prefix = key.substring(0, key.length() - entry.length());
        if (base.startsWith(prefix + ".")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesPlaceholder(String entry, String key) {
    int placeholder = entry.indexOf('<');
    if (placeholder < 0) {
      return false;
    }
    String prefix = entry.substring(0, placeholder);
    return key.startsWith(prefix);
  }

  static Set<String> keysInCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String module : MODULES) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher literal = KEY_LITERAL.matcher(Files.readString(file));
          while (literal.find()) {
            keys.add(literal.group(1));
          }
        }
      }
    }
    assertTrue(keys.size() > 30, "the scan found the keys: " + keys);
    return keys;
  }

  static Set<String> keysInProperties() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path file : propertiesFiles()) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      for (String name : properties.stringPropertyNames()) {
        String key = name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name;
        if (key.startsWith("tk.")) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  static List<Path> propertiesFiles() {
    List<Path> files = new ArrayList<>();
    for (String module : MODULES) {
      Path file =
          ROOT.resolve(module)
              .resolve("src/main/resources/META-INF/microprofile-config.properties");
      if (Files.exists(file)) {
        files.add(file);
      }
    }
    assertTrue(files.size() >= 2, "platform and ticket-war have their own: " + files);
    return files;
  }
}
