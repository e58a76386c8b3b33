package io.ticketknowledge.operations.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metric names: those a PromQL expression reads, and those the application really exposes (a sample
 * of its /metrics plus the names of features whose metrics the sample predates).
 */
final class MetricNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "inf",
          "nan",
          "atan2");
  private static final Pattern STRING =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`[^`]*`");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)");

  private MetricNames() {}

  /** The metric names an expression selects (functions, keywords and label names left out). */
  static Set<String> in(String expression) {
    String rest = STRING.matcher(expression).replaceAll(" ");
    rest = MATCHERS.matcher(rest).replaceAll(" ");
    rest = RANGES.matcher(rest).replaceAll(" ");
    rest = GROUPING.matcher(rest).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(rest);
    while (m.find()) {
      String name = m.group(1);
      int next = m.end();
      while (next < rest.length() && Character.isWhitespace(rest.charAt(next))) {
        next++;
      }
      boolean function = next < rest.length() && rest.charAt(next) == '(';
      if (!function && !KEYWORDS.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** Names in a Prometheus text exposition (e.g. a saved /metrics page). */
  static Set<String> exposedIn(Path exposition) {
    try {
      Set<String> names = new LinkedHashSet<>();
      for (String line : Files.readAllLines(exposition)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
          end++;
        }
        names.add(line.substring(0, end));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One name a line, # comments. */
  static Set<String> listedIn(Path list) {
    try {
      Set<String> names = new LinkedHashSet<>();
      for (String line : Files.readAllLines(list)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the backend exposes, plus the series Prometheus makes itself. */
  static Set<String> exposedByTheApplication() {
    Path resources = RepoFiles.root().resolve("operations-checks/src/test/resources/metrics");
    Set<String> names = new TreeSet<>(exposedIn(resources.resolve("liberty-metrics-sample.txt")));
    names.addAll(listedIn(resources.resolve("application-metrics.txt")));
    names.addAll(Set.of("up", "scrape_duration_seconds", "ALERTS", "ALERTS_FOR_STATE"));
    return names;
  }
}
