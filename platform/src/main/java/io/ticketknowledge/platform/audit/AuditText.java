package io.ticketknowledge.platform.audit;

/** Texts as the audit stores them: control characters out, cut to the column's length. */
final class AuditText {

  private AuditText() {}

  static String cut(String value, int max) {
    if (value == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(Math.min(value.length(), max));
    for (int i = 0; i < value.length() && clean.length() < max; i++) {
      char c = value.charAt(i);
      clean.append(Character.isISOControl(c) ? ' ' : c);
    }
    return clean.toString();
  }
}
