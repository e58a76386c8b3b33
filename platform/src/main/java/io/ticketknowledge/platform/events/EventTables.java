package io.ticketknowledge.platform.events;

import java.util.regex.Pattern;

/** Names of the event tables a module owns; schema names are spliced into SQL, so checked. */
final class EventTables {

  private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,30}");

  private EventTables() {}

  static String checkedSchema(String schema) {
    if (schema == null || !SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException("not a schema name: " + schema);
    }
    return schema;
  }
}
