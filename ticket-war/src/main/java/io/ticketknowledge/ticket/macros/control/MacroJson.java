package io.ticketknowledge.ticket.macros.control;

import io.ticketknowledge.ticket.macros.entity.MacroChanges;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** How a macro's field changes are stored (JSON, checked before). */
final class MacroJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private MacroJson() {}

  static String write(MacroChanges changes) {
    return JSONB.toJson(changes == null ? MacroChanges.none() : changes);
  }

  static MacroChanges read(String json) {
    return JSONB.fromJson(json, MacroChanges.class);
  }
}
