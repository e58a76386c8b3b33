package io.ticketknowledge.platform.audit;

import java.util.Locale;
import java.util.Set;

/**
 * One changed field: its value before and after, as text. Values of fields whose name says they
 * hold a secret (password, secret, token, key, credential) are stored masked.
 */
public record FieldChange(String field, String before, String after) {

  public static final String MASK = "***";
  private static final Set<String> SECRET_WORDS =
      Set.of("password", "secret", "token", "apikey", "api-key", "api_key", "credential", "key");

  public FieldChange {
    field = AuditText.cut(field, 100);
    if (isSecret(field)) {
      before = before == null ? null : MASK;
      after = after == null ? null : MASK;
    } else {
      before = AuditText.cut(before, 2000);
      after = AuditText.cut(after, 2000);
    }
  }

  public static FieldChange of(String field, Object before, Object after) {
    return new FieldChange(
        field,
        before == null ? null : String.valueOf(before),
        after == null ? null : String.valueOf(after));
  }

  static boolean isSecret(String field) {
    if (field == null) {
      return false;
    }
    String name = field.toLowerCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (word.equals("key") ? name.equals("key") || name.endsWith("key") : name.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
