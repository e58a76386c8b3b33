package io.ticketknowledge.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an erased person is called from then on: {@code Deleted user #a1b2} (zh-TW {@code 已刪除的使用者
 * #a1b2}). The tag is derived from the subject id alone, so every module, every replica and every
 * re-run of an erasure gives the same person the same pseudonym without sharing any state, and two
 * erased people on one ticket stay apart (decision 0026). The tag is four hex digits of SHA-256: a
 * label for people reading a ticket, not an identifier (collisions are possible and harmless: the
 * rows keep the subject id).
 */
public record Pseudonym(String tag) {

  /** The form stored in name columns: ASCII, so exports, CSV and logs carry it unchanged. */
  private static final String STORED_PREFIX = "Deleted user #";

  private static final String ZH_TW_PREFIX = "已刪除的使用者 #";
  private static final Pattern STORED = Pattern.compile("^Deleted user #([0-9a-f]{4})$");
  private static final Pattern TAG = Pattern.compile("[0-9a-f]{4}");

  public Pseudonym {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("a pseudonym tag is four lower-case hex digits");
    }
  }

  /** The pseudonym of the person with this subject id (the token's {@code sub}). */
  public static Pseudonym of(String subjectId) {
    if (subjectId == null || subjectId.isBlank()) {
      throw new IllegalArgumentException("a pseudonym needs a subject id");
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("tk-person:" + subjectId).getBytes(StandardCharsets.UTF_8));
      return new Pseudonym(HexFormat.of().formatHex(hash, 0, 2));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The name stored in place of the person's: {@code Deleted user #a1b2}. */
  public String stored() {
    return STORED_PREFIX + tag;
  }

  /** The name shown to a reader of {@code locale}: zh-TW (or any Chinese) or English. */
  public String label(Locale locale) {
    return (locale != null && "zh".equals(locale.getLanguage()) ? ZH_TW_PREFIX : STORED_PREFIX)
        + tag;
  }

  /** Whether a stored name is a pseudonym (an erased person), e.g. to label it per locale. */
  public static boolean isPseudonym(String name) {
    return name != null && STORED.matcher(name).matches();
  }

  /** A stored name shown to a reader of {@code locale}: pseudonyms localized, names unchanged. */
  public static String localized(String name, Locale locale) {
    if (name == null) {
      return null;
    }
    Matcher matcher = STORED.matcher(name);
    return matcher.matches() ? new Pseudonym(matcher.group(1)).label(locale) : name;
  }

  @Override
  public String toString() {
    return stored();
  }
}
