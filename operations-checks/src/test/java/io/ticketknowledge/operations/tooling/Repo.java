package io.ticketknowledge.operations.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The repository under test (system property tk.repo.root, set by failsafe). */
public final class Repo {

  public static final Path ROOT =
      Path.of(System.getProperty("tk.repo.root", "..")).toAbsolutePath().normalize();

  /** Build output, runtime state and tool caches: not part of the repository's own files. */
  private static final Set<String> SKIPPED =
      Set.of(
          ".git",
          "target",
          ".liberty",
          ".services",
          "node_modules",
          ".idea",
          "secrets",
          // scripts/containers: base image build contexts and run state (git-ignored)
          ".cache",
          ".run");

  private Repo() {}

  public static Path file(String relative) {
    return ROOT.resolve(relative);
  }

  public static String read(String relative) {
    try {
      return Files.readString(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the repository whose name ends with the suffix, found by walking the tree. */
  public static List<Path> filesEndingWith(String suffix) {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> !inSkippedDirectory(p))
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean inSkippedDirectory(Path path) {
    for (Path part : ROOT.relativize(path)) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  public static String relative(Path path) {
    return ROOT.relativize(path).toString();
  }
}
