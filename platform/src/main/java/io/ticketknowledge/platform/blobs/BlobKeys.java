package io.ticketknowledge.platform.blobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keys of stored blobs: {@code yyyy/MM/dd/<random UUID>}, the UTC day of the upload then a random
 * UUID. Never derived from anything the client sent, so a key cannot climb out of the store's
 * directory or prefix; keys handed back to the store are checked against this exact format.
 */
public final class BlobKeys {

  private static final Pattern FORMAT =
      Pattern.compile(
          "\\d{4}/\\d{2}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private BlobKeys() {}

  static String next(Clock clock) {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC)).format(DAY) + "/" + UUID.randomUUID();
  }

  public static boolean isValid(String key) {
    return key != null && FORMAT.matcher(key).matches();
  }

  /**
   * @throws BlobRefusedException {@code INVALID_KEY} when {@code key} is not one this store
   *     generates
   */
  static String requireValid(String key) {
    if (!isValid(key)) {
      throw BlobProblems.invalidKey();
    }
    return key;
  }
}
