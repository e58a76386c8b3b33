package io.ticketknowledge.ticket.customfields.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list filter on a custom field (repeatable: all must hold):
 *
 * <ul>
 *   <li>{@code field=<key>:<value>} — equal to the stored canonical text: {@code 3} for numbers,
 *       {@code 2026-03-02} for dates, {@code true} for checkboxes, an option for (multi-)selects;
 *   <li>{@code field=<key>>=<bound>} and {@code field=<key><=<bound>} — a NUMBER or DATE field at
 *       least / at most the bound (inclusive; both for a range). The bound is parsed here: a
 *       decimal number or an ISO date, anything else is a 400 before a query runs (decision 0020).
 * </ul>
 *
 * @param bound the parsed bound of a range ({@link BigDecimal} or {@link LocalDate}); null for
 *     {@link Operator#EQUALS}
 */
public record FieldFilter(String key, Operator operator, String value, Object bound) {

  /** How the field's value is compared, with the text between key and value. */
  public enum Operator {
    EQUALS(":"),
    AT_LEAST(">="),
    AT_MOST("<=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  private static final Pattern FORM = Pattern.compile("([^:<>=]+)(:|>=|<=)(.+)", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,10})?");

  /** An equality filter (the form before ranges existed). */
  public FieldFilter(String key, String value) {
    this(key, Operator.EQUALS, value, null);
  }

  /**
   * Parses {@code key:value}, {@code key>=bound} or {@code key<=bound}; 400 naming it otherwise.
   */
  public static FieldFilter parse(String raw) {
    Matcher form = raw == null ? null : FORM.matcher(raw);
    if (form == null || !form.matches() || form.group(3).isBlank()) {
      throw invalid(raw);
    }
    String key = form.group(1).strip();
    if (!FieldRule.KEY.matcher(key).matches()) {
      throw invalid(raw);
    }
    String value = form.group(3).strip();
    Operator operator =
        switch (form.group(2)) {
          case ">=" -> Operator.AT_LEAST;
          case "<=" -> Operator.AT_MOST;
          default -> Operator.EQUALS;
        };
    return new FieldFilter(
        key, operator, value, operator == Operator.EQUALS ? null : bound(raw, value));
  }

  /** A decimal number or an ISO date; 400 naming the filter when it is neither. */
  private static Object bound(String raw, String value) {
    if (NUMBER.matcher(value).matches()) {
      return new BigDecimal(value);
    }
    if (DATE.matcher(value).matches()) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.invalid-field-range", raw);
      }
    }
    throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.invalid-field-range", raw);
  }

  private static ApiException invalid(String raw) {
    return new ApiException(ProblemKind.BAD_REQUEST, "ticket.invalid-field-filter", raw);
  }

  public static List<FieldFilter> parseAll(List<String> raw) {
    return raw == null ? List.of() : raw.stream().map(FieldFilter::parse).toList();
  }

  /** Whether this compares by order (a range bound) rather than by equality. */
  public boolean isRange() {
    return operator != Operator.EQUALS;
  }

  /** The filter as the API writes it: {@code key:value}, {@code key>=bound}, {@code key<=bound}. */
  public String canonical() {
    return key + operator.symbol() + value;
  }

  /** JPQL on ticket alias {@code t}; parameters named by {@code index}. */
  public String jpql(int index) {
    String v = "v" + index;
    String compared =
        switch (operator) {
          case EQUALS -> v + ".fieldValue = :fieldValue" + index;
          case AT_LEAST -> column(v) + " >= :fieldValue" + index;
          case AT_MOST -> column(v) + " <= :fieldValue" + index;
        };
    return "t.id IN (SELECT f"
        + index
        + ".id FROM Ticket f"
        + index
        + " JOIN f"
        + index
        + ".fieldValues "
        + v
        + " WHERE "
        + v
        + ".fieldKey = :fieldKey"
        + index
        + " AND "
        + compared
        + ")";
  }

  /** The typed column a bound is compared with (a number bound never matches a date field). */
  private String column(String alias) {
    return alias + (bound instanceof LocalDate ? ".dateValue" : ".numberValue");
  }

  private Object parameter() {
    return operator == Operator.EQUALS ? value : bound;
  }

  /** The parameters of {@link #jpql} into a map of named parameters. */
  public void bind(Map<String, Object> parameters, int index) {
    parameters.put("fieldKey" + index, key);
    parameters.put("fieldValue" + index, parameter());
  }

  public void bind(Query query, int index) {
    query.setParameter("fieldKey" + index, key);
    query.setParameter("fieldValue" + index, parameter());
  }
}
