package io.ticketknowledge.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields a request asked to change, as {@link FieldChange}s with their new value ({@code
 * after}); a field named like a secret is masked by FieldChange. For one-line audit calls in
 * resources: {@code audit.success(action, object, AuditChanges.requested(changes))}.
 */
public final class AuditChanges {

  private AuditChanges() {}

  public static List<FieldChange> requested(Object request) {
    List<FieldChange> changes = new ArrayList<>();
    if (request == null) {
      return changes;
    }
    JsonNode tree;
    try {
      tree = AuditHashes.JSON.valueToTree(request);
    } catch (IllegalArgumentException e) {
      changes.add(FieldChange.of("request", null, request.getClass().getSimpleName()));
      return changes;
    }
    if (!tree.isObject()) {
      changes.add(FieldChange.of("value", null, tree.toString()));
      return changes;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getValue().isNull()) {
        JsonNode value = field.getValue();
        changes.add(
            FieldChange.of(
                field.getKey(), null, value.isTextual() ? value.asText() : value.toString()));
      }
    }
    return changes;
  }
}
