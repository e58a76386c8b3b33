package io.ticketknowledge.ticket.customfields.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.persistence.Query;
import java.util.List;

/**
 * A list filter on a custom field, {@code field=<key>:<value>} (repeatable: all must hold). The
 * value is compared with the stored canonical text: {@code 3} for numbers, {@code 2026-03-02} for
 * dates, {@code true} for checkboxes, an option for (multi-)selects.
 */
public record FieldFilter(String key, String value) {

  /** Parses {@code key:value}; 400 naming the filter when it is not. */
  public static FieldFilter parse(String raw) {
    int colon = raw == null ? -1 : raw.indexOf(':');
    if (colon < 1 || colon == raw.length() - 1) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.invalid-field-filter", raw);
    }
    String key = raw.substring(0, colon).strip();
    if (!FieldRule.KEY.matcher(key).matches()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.invalid-field-filter", raw);
    }
    return new FieldFilter(key, raw.substring(colon + 1).strip());
  }

  public static List<FieldFilter> parseAll(List<String> raw) {
    return raw == null ? List.of() : raw.stream().map(FieldFilter::parse).toList();
  }

  /** JPQL on ticket alias {@code t}; parameters named by {@code index}. */
  public String jpql(int index) {
    return "t.id IN (SELECT f"
        + index
        + ".id FROM Ticket f"
        + index
        + " JOIN f"
        + index
        + ".fieldValues v"
        + index
        + " WHERE v"
        + index
        + ".fieldKey = :fieldKey"
        + index
        + " AND v"
        + index
        + ".fieldValue = :fieldValue"
        + index
        + ")";
  }

  /** The parameters of {@link #jpql} into a map of named parameters. */
  public void bind(java.util.Map<String, Object> parameters, int index) {
    parameters.put("fieldKey" + index, key);
    parameters.put("fieldValue" + index, value);
  }

  public void bind(Query query, int index) {
    query.setParameter("fieldKey" + index, key);
    query.setParameter("fieldValue" + index, value);
  }
}
