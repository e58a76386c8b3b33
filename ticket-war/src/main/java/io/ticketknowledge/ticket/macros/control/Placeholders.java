package io.ticketknowledge.ticket.macros.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of macro replies and trigger notes: checked when the text is
 * saved (an unknown one is a 400), filled in when it is used. Pure.
 */
public final class Placeholders {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");

  public static final Set<String> KNOWN =
      Set.of(
          "requester.name",
          "requester.id",
          "ticket.number",
          "ticket.subject",
          "ticket.status",
          "ticket.priority",
          "agent.name",
          "assignee.name");

  private Placeholders() {}

  /** Refuses a text naming a placeholder that does not exist. */
  public static void check(String field, String text) {
    if (text == null) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!KNOWN.contains(m.group(1))) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST,
            "macro.unknown-placeholder",
            field,
            m.group(1),
            String.join(", ", KNOWN.stream().sorted().toList()));
      }
    }
  }

  /** Fills in the placeholders; an empty value where the ticket has none (no assignee yet). */
  public static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.getOrDefault(m.group(1), "");
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The values of a ticket, acted on by {@code agentName}. */
  public static Map<String, String> of(Ticket ticket, String agentName) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("requester.name", ticket.requesterName());
    values.put("requester.id", ticket.requesterId());
    values.put("ticket.number", ticket.number());
    values.put("ticket.subject", ticket.subject());
    values.put("ticket.status", ticket.status().name());
    values.put("ticket.priority", ticket.priority() == null ? "" : ticket.priority().name());
    values.put("agent.name", agentName);
    values.put("assignee.name", ticket.assigneeName());
    return values;
  }
}
