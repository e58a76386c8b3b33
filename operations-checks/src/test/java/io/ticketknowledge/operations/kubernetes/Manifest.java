package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;

/** One YAML document of a manifest file, parsed into its typed Kubernetes model. */
public record Manifest(Path file, int document, HasMetadata resource) {

  public String kind() {
    return resource.getKind();
  }

  public String name() {
    return resource.getMetadata() == null ? null : resource.getMetadata().getName();
  }

  /** How a failure message names this object: file, document number, kind and name. */
  public String describe() {
    return shortPath() + " (document " + document + ") " + kind() + "/" + name();
  }

  /** The file relative to the repository root when it lies inside it. */
  private Path shortPath() {
    String root = System.getProperty("tk.repo.root");
    if (root != null) {
      Path base = Path.of(root).toAbsolutePath().normalize();
      Path absolute = file.toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        return base.relativize(absolute);
      }
    }
    return file;
  }
}
