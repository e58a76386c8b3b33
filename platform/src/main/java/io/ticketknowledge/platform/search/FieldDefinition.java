package io.ticketknowledge.platform.search;

import java.util.regex.Pattern;

/**
 * One field of an index definition.
 *
 * @param boost weight of a match in this field (text fields only; 1 is neutral)
 * @param stored whether hits return the value (text fields are always kept for snippets)
 */
public record FieldDefinition(String name, FieldType type, float boost, boolean stored) {

  // "__" and the "tk_" prefix are reserved for the adapters' own fields
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(_[a-zA-Z0-9]+)*");

  public FieldDefinition {
    if (name == null || !NAME.matcher(name).matches() || name.startsWith("tk_")) {
      throw new IllegalArgumentException("invalid field name: " + name);
    }
    if (type == null) {
      throw new IllegalArgumentException("field " + name + " needs a type");
    }
    if (!(boost > 0) || Float.isInfinite(boost)) {
      throw new IllegalArgumentException("field " + name + ": boost must be positive");
    }
  }

  public static FieldDefinition text(String name, float boost) {
    return new FieldDefinition(name, FieldType.TEXT, boost, true);
  }

  public static FieldDefinition keyword(String name) {
    return new FieldDefinition(name, FieldType.KEYWORD, 1f, true);
  }

  public static FieldDefinition date(String name) {
    return new FieldDefinition(name, FieldType.DATE, 1f, true);
  }

  public static FieldDefinition number(String name) {
    return new FieldDefinition(name, FieldType.LONG, 1f, true);
  }

  /** The same field, not returned in hits (still searchable, filterable, sortable). */
  public FieldDefinition notStored() {
    return new FieldDefinition(name, type, boost, false);
  }
}
