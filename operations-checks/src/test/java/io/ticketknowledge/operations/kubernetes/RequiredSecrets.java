package io.ticketknowledge.operations.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * kubernetes/required-secrets.txt: the Secrets (and their keys) that operators create with kubectl
 * and that no manifest carries. Lines: {@code <secret> <key> [tls]}; # starts a comment.
 */
record RequiredSecrets(Map<String, Set<String>> keysBySecret) {

  static RequiredSecrets read(Path file) {
    try {
      Map<String, Set<String>> keys = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String[] parts = content.split("\\s+");
        if (parts.length < 2) {
          throw new IllegalArgumentException(file + ": expected '<secret> <key>' in: " + line);
        }
        keys.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(parts[1]);
      }
      return new RequiredSecrets(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean has(String secret) {
    return keysBySecret.containsKey(secret);
  }

  boolean has(String secret, String key) {
    return keysBySecret.getOrDefault(secret, Set.of()).contains(key);
  }
}
