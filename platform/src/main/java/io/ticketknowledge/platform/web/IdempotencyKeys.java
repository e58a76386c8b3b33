package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header of POSTs: a client that retries a create with the same
 * key gets the first result instead of a duplicate; the same key with a different request is a
 * conflict. Modules store keys with a fingerprint of the request they belong to.
 */
public final class IdempotencyKeys {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private IdempotencyKeys() {}

  /**
   * The key as sent, or null when none was sent; 400 when it is not 1–255 visible ASCII characters.
   */
  public static String validated(String key) {
    if (key == null) {
      return null;
    }
    if (!VALID.matcher(key).matches()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "problem.idempotency-key-invalid.detail");
    }
    return key;
  }

  /** SHA-256 over the request's parts, so a reused key can be told from a retried request. */
  public static String fingerprint(Object... parts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (Object part : parts) {
        sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The key was used before for a different request. */
  public static ApiException reusedForAnotherRequest() {
    return new ApiException(ProblemKind.CONFLICT, "problem.idempotency-key-reused.detail");
  }
}
