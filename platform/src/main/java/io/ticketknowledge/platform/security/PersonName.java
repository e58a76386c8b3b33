package io.ticketknowledge.platform.security;

/**
 * A person's display name from OIDC claims. Identity providers build {@code name} as "given
 * family", which reads wrong for Chinese names (「小明 王」): when either part is written in CJK
 * characters the family name goes first without a space (「王小明」).
 */
public final class PersonName {

  private PersonName() {}

  /** The display name, or null when the claims carry none. */
  public static String of(String givenName, String familyName, String name) {
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
