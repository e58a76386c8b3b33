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
    return file + " (document " + document + ") " + kind() + "/" + name();
  }
}
