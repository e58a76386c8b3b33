package io.ticketknowledge.ticket.customfields.control;

import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.customfields.entity.FieldValue;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules of one custom field, and what they make of a value sent as JSON: the canonical text of
 * each atomic value (see {@code FieldValue}), or a 400 that names the field and says what is wrong.
 * Pure: no database, no CDI.
 *
 * @param min, max for NUMBER only
 * @param maxLength for TEXT only (at most {@link #TEXT_LIMIT})
 * @param options for SELECT and MULTI_SELECT, in the order forms show them
 */
public record FieldRule(
    String key,
    FieldType type,
    boolean required,
    BigDecimal min,
    BigDecimal max,
    Integer maxLength,
    List<String> options) {

  public static final int TEXT_LIMIT = 1000;
  public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,29}");

  /** Control and bidi-override characters have no place in a field value. */
  private static final Pattern UNCLEAN = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

  public FieldRule {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** Refuses (400) a definition whose rules contradict each other or its type. */
  public void requireConsistent() {
    boolean selects = type == FieldType.SELECT || type == FieldType.MULTI_SELECT;
    if (selects && options.isEmpty()) {
      throw invalid("customfield.options-needed", key);
    }
    if (!selects && !options.isEmpty()) {
      throw invalid("customfield.rule-not-for-type", "options", type);
    }
    if (new HashSet<>(options).size() != options.size()) {
      throw invalid("customfield.duplicate-option", key);
    }
    if (type != FieldType.NUMBER && (min != null || max != null)) {
      throw invalid("customfield.rule-not-for-type", min != null ? "min" : "max", type);
    }
    if (type != FieldType.TEXT && maxLength != null) {
      throw invalid("customfield.rule-not-for-type", "maxLength", type);
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw invalid("customfield.min-above-max", min.toPlainString(), max.toPlainString());
    }
    if (maxLength != null && (maxLength < 1 || maxLength > TEXT_LIMIT)) {
      throw invalid("customfield.max-length-range", TEXT_LIMIT);
    }
  }

  /**
   * The canonical values of {@code value}; empty for JSON null (the field is cleared), refused when
   * the field is required.
   */
  public List<String> canonical(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return requirePresent(List.of());
    }
    return requirePresent(
        switch (type) {
          case TEXT -> List.of(text(value));
          case NUMBER -> List.of(number(value));
          case DATE -> List.of(date(value));
          case SELECT -> List.of(option(string(value)));
          case MULTI_SELECT -> options(value);
          case CHECKBOX -> List.of(checkbox(value));
        });
  }

  /** Whether a missing value breaks the rules (a required field). */
  public void requireGiven() {
    requirePresent(List.of());
  }

  private List<String> requirePresent(List<String> values) {
    if (required && values.isEmpty()) {
      throw invalid("customfield.required", key);
    }
    return values;
  }

  private String text(JsonValue value) {
    String text = string(value).strip();
    if (UNCLEAN.matcher(text).find()) {
      throw invalid("customfield.unclean-text", key);
    }
    int limit = maxLength == null ? TEXT_LIMIT : maxLength;
    if (text.codePointCount(0, text.length()) > limit) {
      throw invalid("customfield.too-long", key, limit);
    }
    if (text.isEmpty()) {
      throw invalid("customfield.required", key);
    }
    return text;
  }

  private String number(JsonValue value) {
    if (!(value instanceof JsonNumber number)) {
      throw wrongType();
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.abs().compareTo(new BigDecimal("1e15")) >= 0 || decimal.scale() > 4) {
      throw invalid("customfield.number-range", key);
    }
    if (min != null && decimal.compareTo(min) < 0) {
      throw invalid("customfield.below-min", key, min.stripTrailingZeros().toPlainString());
    }
    if (max != null && decimal.compareTo(max) > 0) {
      throw invalid("customfield.above-max", key, max.stripTrailingZeros().toPlainString());
    }
    return decimal.stripTrailingZeros().toPlainString();
  }

  private String date(JsonValue value) {
    String text = string(value);
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeParseException e) {
      throw wrongType();
    }
  }

  private String option(String chosen) {
    if (!options.contains(chosen)) {
      throw invalid("customfield.unknown-option", key, chosen, String.join(", ", options));
    }
    return chosen;
  }

  private List<String> options(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw wrongType();
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (JsonValue item : array) {
      chosen.add(option(string(item)));
    }
    List<String> ordered = new ArrayList<>(options);
    ordered.retainAll(chosen);
    return ordered;
  }

  private String checkbox(JsonValue value) {
    if (value == JsonValue.TRUE) {
      return "true";
    }
    if (value == JsonValue.FALSE) {
      return "false";
    }
    throw wrongType();
  }

  private String string(JsonValue value) {
    if (!(value instanceof JsonString string)) {
      throw wrongType();
    }
    return string.getString();
  }

  private ApiException wrongType() {
    return invalid("customfield.wrong-type", key, type);
  }

  /** The JSON form of stored canonical values of a field of {@code type}, as the API shows it. */
  public static JsonValue toJson(FieldType type, List<String> values) {
    if (type == FieldType.MULTI_SELECT) {
      JsonArrayBuilder array = Jsons.arrayBuilder();
      values.forEach(array::add);
      return array.build();
    }
    if (values.isEmpty()) {
      return JsonValue.NULL;
    }
    String value = values.get(0);
    return switch (type) {
      case NUMBER -> Json.createValue(new BigDecimal(value));
      case CHECKBOX -> Boolean.parseBoolean(value) ? JsonValue.TRUE : JsonValue.FALSE;
      default -> Json.createValue(value);
    };
  }

  /** A ticket's stored values ({@code Ticket.customFields()}) as JSON, by key. */
  public static Map<String, JsonValue> jsonOf(Map<String, List<FieldValue>> stored) {
    Map<String, JsonValue> values = new TreeMap<>();
    stored.forEach(
        (key, rows) ->
            values.put(
                key, toJson(rows.get(0).type(), rows.stream().map(FieldValue::value).toList())));
    return values;
  }

  static ApiException invalid(String messageKey, Object... args) {
    return new ApiException(ProblemKind.BAD_REQUEST, messageKey, args);
  }
}
