package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** How conditions and actions are stored: JSON text, written only after {@link TriggerCheck}. */
final class TriggerJson {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Type ACTIONS =
      new ArrayList<TriggerAction>() {}.getClass().getGenericSuperclass();

  private TriggerJson() {}

  static String conditions(List<ConditionTerms> terms) {
    JsonArrayBuilder array = Jsons.arrayBuilder();
    for (ConditionTerms t : terms) {
      var o = Jsons.objectBuilder().add("field", t.field()).add("op", t.op());
      if (t.value() != null) {
        o.add("value", t.value());
      }
      array.add(o);
    }
    return array.build().toString();
  }

  static List<ConditionTerms> conditions(String json) {
    List<ConditionTerms> terms = new ArrayList<>();
    try (var reader = Jsons.reader(new StringReader(json))) {
      for (JsonValue v : reader.readArray()) {
        JsonObject o = v.asJsonObject();
        terms.add(
            new ConditionTerms(
                o.getString("field"), o.getString("op"), o.getString("value", null)));
      }
    }
    return terms;
  }

  static String actions(List<TriggerAction> actions) {
    return JSONB.toJson(actions, ACTIONS);
  }

  static List<TriggerAction> actions(String json) {
    return JSONB.fromJson(json, ACTIONS);
  }
}
