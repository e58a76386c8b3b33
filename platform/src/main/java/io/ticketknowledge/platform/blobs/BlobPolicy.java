package io.ticketknowledge.platform.blobs;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the store accepts: content types (as detected, without parameters) from {@code
 * tk.blobs.allowed-types} and at most {@code tk.blobs.max-bytes} bytes.
 */
public record BlobPolicy(Set<String> allowedTypes, long maxBytes) {

  public BlobPolicy {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("max bytes must not be negative: " + maxBytes);
    }
    Set<String> normalized = new LinkedHashSet<>();
    for (String type : allowedTypes) {
      normalized.add(type.strip().toLowerCase(Locale.ROOT));
    }
    allowedTypes = java.util.Collections.unmodifiableSet(normalized);
  }

  public static BlobPolicy of(Collection<String> allowedTypes, long maxBytes) {
    return new BlobPolicy(new LinkedHashSet<>(allowedTypes), maxBytes);
  }

  public boolean accepts(String contentType) {
    return allowedTypes.contains(contentType);
  }
}
