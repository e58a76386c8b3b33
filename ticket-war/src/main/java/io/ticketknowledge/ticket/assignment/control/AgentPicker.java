package io.ticketknowledge.ticket.assignment.control;

import io.ticketknowledge.ticket.assignment.entity.AssignmentMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the agent for a ticket among a group's members, and says why: unavailable agents, agents
 * outside their working hours and agents at the open-ticket limit are skipped. Pure.
 */
public final class AgentPicker {

  private AgentPicker() {}

  /** A member as the picker sees them. */
  public record Candidate(
      String userId, String name, boolean available, boolean working, long openTickets) {}

  /** The chosen agent (if any) and the history line that explains it. */
  public record Pick(Optional<Candidate> chosen, String explanation) {}

  public static Pick pick(
      AssignmentMode mode, List<Candidate> members, int limit, String lastAssignee) {
    List<Candidate> ordered =
        members.stream().sorted(Comparator.comparing(Candidate::userId)).toList();
    if (mode == AssignmentMode.ROUND_ROBIN && lastAssignee != null) {
      // start after the last one picked, wrapping around
      int start = 0;
      while (start < ordered.size() && ordered.get(start).userId().compareTo(lastAssignee) <= 0) {
        start++;
      }
      List<Candidate> rotated = new ArrayList<>(ordered.subList(start, ordered.size()));
      rotated.addAll(ordered.subList(0, start));
      ordered = rotated;
    }
    List<String> skipped = new ArrayList<>();
    List<Candidate> eligible = new ArrayList<>();
    for (Candidate c : ordered) {
      String reason = reason(c, limit);
      if (reason == null) {
        eligible.add(c);
      } else {
        skipped.add(c.name() + " skipped (" + reason + ")");
      }
    }
    Optional<Candidate> chosen =
        mode == AssignmentMode.LEAST_OPEN
            ? eligible.stream()
                .min(
                    Comparator.comparingLong(Candidate::openTickets)
                        .thenComparing(Candidate::userId))
            : eligible.stream().findFirst();
    String how = mode == AssignmentMode.LEAST_OPEN ? "least-open-tickets" : "round-robin";
    String head =
        chosen
            .map(
                c ->
                    "assigned to "
                        + c.name()
                        + " by "
                        + how
                        + (mode == AssignmentMode.LEAST_OPEN
                            ? " (" + c.openTickets() + " open)"
                            : ""))
            .orElse("nobody assigned by " + how + ": no eligible agent");
    return new Pick(chosen, skipped.isEmpty() ? head : head + ": " + String.join(", ", skipped));
  }

  private static String reason(Candidate c, int limit) {
    if (!c.available()) {
      return "unavailable";
    }
    if (!c.working()) {
      return "outside working hours";
    }
    if (c.openTickets() >= limit) {
      return "limit " + limit;
    }
    return null;
  }
}
