package io.ticketknowledge.operations.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Where the repository's files are: the tk.repo.root system property (set by failsafe). */
final class RepoFiles {

  private RepoFiles() {}

  static Path root() {
    String root = System.getProperty("tk.repo.root");
    if (root == null) {
      throw new IllegalStateException(
          "system property tk.repo.root is not set (run with mvn verify)");
    }
    return Paths.get(root).toAbsolutePath().normalize();
  }

  static Path kubernetes() {
    return root().resolve("kubernetes");
  }

  /** A fixture folder under src/test/resources/kubernetes-fixtures. */
  static Path fixture(String name) {
    Path dir = root().resolve("operations-checks/src/test/resources/kubernetes-fixtures/" + name);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no fixture folder " + dir);
    }
    return dir;
  }

  static List<Manifest> deployed() {
    return new ManifestReader().readTree(kubernetes());
  }

  static List<Manifest> fixtureManifests(String name) {
    return new ManifestReader().readTree(fixture(name));
  }
}
