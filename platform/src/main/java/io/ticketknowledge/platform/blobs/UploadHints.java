package io.ticketknowledge.platform.blobs;

import java.util.Optional;

/**
 * What the client said about an upload: its {@code Content-Type} and file name. Hints only: the
 * stored type is detected from the bytes, and the name never becomes part of the key.
 */
public record UploadHints(Optional<String> declaredType, Optional<String> fileName) {

  public static final UploadHints NONE = new UploadHints(Optional.empty(), Optional.empty());

  public UploadHints {
    declaredType = declaredType.filter(s -> !s.isBlank());
    fileName = fileName.filter(s -> !s.isBlank());
  }

  /** Either may be null. */
  public static UploadHints of(String declaredType, String fileName) {
    return new UploadHints(Optional.ofNullable(declaredType), Optional.ofNullable(fileName));
  }
}
