package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The orders of the ticket list, each a keyset on (field, id) so that a page is an index range and
 * the cursor stays valid while tickets are added. {@code -id} (newest first) is the default and
 * keeps the list's first cursors ({@link TicketCursor}).
 */
public enum TicketSort {
  NEWEST("-id", null, true),
  CREATED_DESC("-createdAt", "createdAt", true),
  CREATED_ASC("createdAt", "createdAt", false),
  UPDATED_DESC("-updatedAt", "updatedAt", true),
  UPDATED_ASC("updatedAt", "updatedAt", false),
  /** P1 first. */
  PRIORITY_ASC("priority", "priority", false),
  PRIORITY_DESC("-priority", "priority", true);

  private static final String PREFIX = "t2:";

  private final String apiName;
  private final String field;
  private final boolean descending;

  TicketSort(String apiName, String field, boolean descending) {
    this.apiName = apiName;
    this.field = field;
    this.descending = descending;
  }

  public String apiName() {
    return apiName;
  }

  /** The order named by {@code sort=}; null or blank: newest first; unknown: 400. */
  public static TicketSort parse(String name) {
    if (name == null || name.isBlank()) {
      return NEWEST;
    }
    return Arrays.stream(values())
        .filter(s -> s.apiName.equals(name.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemKind.BAD_REQUEST,
                    "ticket.filter.unknown-sort",
                    name,
                    Arrays.stream(values())
                        .map(TicketSort::apiName)
                        .collect(Collectors.joining(", "))));
  }

  String orderBy() {
    String direction = descending ? " DESC" : " ASC";
    return field == null ? "t.id" + direction : "t." + field + direction + ", t.id" + direction;
  }

  /** The cursor after {@code last}, the last ticket of a page. */
  public String after(Ticket last) {
    if (this == NEWEST) {
      return TicketCursor.after(last.id());
    }
    String value =
        switch (field) {
          case "createdAt" -> last.createdAt().toString();
          case "updatedAt" -> last.updatedAt().toString();
          default -> last.priority().name();
        };
    String raw = PREFIX + apiName + "|" + value + "|" + last.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The keyset condition of the page after {@code cursor} (null: first page), its parameters put in
   * {@code parameters}; a cursor of another sort or not ours is a 400.
   */
  String condition(String cursor, Map<String, Object> parameters) {
    if (this == NEWEST) {
      long before = TicketCursor.decode(cursor);
      parameters.put("k_id", before);
      return "t.id < :k_id";
    }
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    String[] parts;
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!raw.startsWith(PREFIX + apiName + "|")) {
        throw invalid();
      }
      parts = raw.substring(PREFIX.length()).split("\\|", -1);
      if (parts.length != 3) {
        throw invalid();
      }
      Object value =
          field.equals("priority")
              ? TicketPriority.valueOf(parts[1])
              : OffsetDateTime.parse(parts[1]);
      parameters.put("k_value", value);
      parameters.put("k_id", Long.parseLong(parts[2]));
    } catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
      throw invalid();
    }
    String op = descending ? "<" : ">";
    return "(t."
        + field
        + " "
        + op
        + " :k_value OR (t."
        + field
        + " = :k_value AND t.id "
        + op
        + " :k_id))";
  }

  private static ApiException invalid() {
    return new ApiException(ProblemKind.BAD_REQUEST, "problem.invalid-cursor.detail");
  }
}
