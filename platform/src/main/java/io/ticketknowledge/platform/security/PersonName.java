package io.ticketknowledge.platform.security;

/**
 * A person's display name from OIDC claims, cleaned ({@link #clean}) because it is copied into
 * records and shown to others. Identity providers build {@code name} as "given family", which reads
 * wrong for Chinese names (「小明 王」): when either part is written in CJK characters the family name
 * goes first without a space (「王小明」).
 */
public final class PersonName {

  /** Longest display name kept, in code points; longer ones are cut (with an ellipsis). */
  public static final int MAX_LENGTH = 100;

  private PersonName() {}

  /**
   * A name fit to store and show: control and format characters removed (bidi overrides such as
   * U+202E would let a name spoof what readers see; ZWJ stays for emoji), runs of white space
   * folded into one space, at most {@link #MAX_LENGTH} code points; null when nothing is left.
   */
  public static String clean(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int c : name.codePoints().toArray()) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || (type == Character.FORMAT && c != 0x200D)
          || type == Character.SURROGATE
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    String cleaned = out.toString();
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** The display name, cleaned, or null when the claims carry none. */
  public static String of(String givenName, String familyName, String name) {
    return clean(compose(clean(givenName), clean(familyName), clean(name)));
  }

  private static String compose(String givenName, String familyName, String name) {
    boolean hasGiven = givenName != null && !givenName.isBlank();
    boolean hasFamily = familyName != null && !familyName.isBlank();
    if (hasGiven && hasFamily && (isCjk(givenName) || isCjk(familyName))) {
      return familyName.strip() + givenName.strip();
    }
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    if (hasGiven || hasFamily) {
      return ((hasGiven ? givenName.strip() : "") + " " + (hasFamily ? familyName.strip() : ""))
          .strip();
    }
    return null;
  }

  static boolean isCjk(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
