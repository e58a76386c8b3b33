package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.sla.entity.Escalation;
import io.ticketknowledge.ticket.sla.entity.PolicyMatch;
import io.ticketknowledge.ticket.sla.entity.PolicyTerms;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An SLA policy as an admin states it; {@link #terms()} checks and parses it. */
@Schema(
    example =
        "{\"name\":\"P1 事件\",\"position\":10,\"calendarId\":1,"
            + "\"match\":{\"priorities\":[\"P1\"],\"types\":[\"INCIDENT\"]},"
            + "\"targets\":{\"firstResponse\":\"PT1H\",\"nextResponse\":\"PT2H\","
            + "\"resolution\":\"PT8H\"},\"warningPercent\":80,"
            + "\"onWarning\":{\"notifies\":true},\"onBreach\":{\"notifies\":true,\"groupId\":2}}")
public record SlaPolicyRequest(
    @NotBlank @Size(max = 100) @CleanText String name,
    @Schema(description = "Policies are tried in ascending position; the first match wins")
        @NotNull
        @Min(0)
        @Max(1_000_000)
        Integer position,
    @NotNull Long calendarId,
    @Schema(description = "Empty or missing lists accept any value") @Valid Match match,
    @NotNull @Valid Targets targets,
    @Schema(description = "Warn at this percentage of each target (default 80)") @Min(1) @Max(99)
        Integer warningPercent,
    @Valid EscalationRequest onWarning,
    @Valid EscalationRequest onBreach) {

  /** The longest target: a year of working time. */
  static final Duration LONGEST = Duration.ofDays(366);

  public record Match(
      @Size(max = 4) List<@NotBlank @Size(max = 20) String> priorities,
      @Size(max = 10) List<@NotBlank @Size(max = 40) String> types,
      @Size(max = 100) List<@NotNull Long> categoryIds,
      @Size(max = 50) List<@NotBlank @Size(max = 100) @CleanText String> departments) {}

  @Schema(description = "Working time on the policy's calendar, ISO 8601 (PT4H, P2DT4H = 52 h)")
  public record Targets(
      @Size(max = 30) String firstResponse,
      @Size(max = 30) String nextResponse,
      @Size(max = 30) String resolution) {}

  public record EscalationRequest(
      @Schema(description = "Mark the event for notification consumers") Boolean notifies,
      @Schema(description = "Move the ticket into this group's queue") Long groupId) {}

  /**
   * @throws ApiException 400 for a target that is not a positive duration, no target at all, or an
   *     unknown priority or type
   */
  public PolicyTerms terms() {
    Map<SlaMetric, Duration> parsed = new EnumMap<>(SlaMetric.class);
    target(parsed, SlaMetric.FIRST_RESPONSE, "firstResponse", targets.firstResponse());
    target(parsed, SlaMetric.NEXT_RESPONSE, "nextResponse", targets.nextResponse());
    target(parsed, SlaMetric.RESOLUTION, "resolution", targets.resolution());
    if (parsed.isEmpty()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "sla.no-target");
    }
    Match given = match == null ? new Match(null, null, null, null) : match;
    PolicyMatch policyMatch =
        new PolicyMatch(
            priorities(given.priorities()),
            types(given.types()),
            given.categoryIds() == null ? Set.of() : new HashSet<>(given.categoryIds()),
            given.departments() == null
                ? Set.of()
                : given.departments().stream().map(String::strip).collect(Collectors.toSet()));
    return new PolicyTerms(
        name.strip(),
        position,
        calendarId,
        policyMatch,
        parsed,
        warningPercent == null ? 80 : warningPercent,
        escalation(onWarning),
        escalation(onBreach));
  }

  private static void target(
      Map<SlaMetric, Duration> into, SlaMetric metric, String field, String text) {
    if (text == null) {
      return;
    }
    Duration target;
    try {
      target = Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "sla.bad-target", field, text);
    }
    if (target.isNegative()
        || target.toSeconds() < 1
        || target.compareTo(LONGEST) > 0
        || target.getNano() != 0) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "sla.bad-target", field, text);
    }
    into.put(metric, target);
  }

  private static Set<TicketPriority> priorities(List<String> names) {
    Set<TicketPriority> priorities = EnumSet.noneOf(TicketPriority.class);
    if (names != null) {
      for (String name : names) {
        priorities.add(
            TicketPriority.parse(name)
                .orElseThrow(
                    () ->
                        new ApiException(
                            ProblemKind.BAD_REQUEST,
                            "sla.unknown-value",
                            name,
                            "priorities",
                            Arrays.toString(TicketPriority.values()))));
      }
    }
    return priorities;
  }

  private static Set<TicketType> types(List<String> names) {
    Set<TicketType> types = EnumSet.noneOf(TicketType.class);
    if (names != null) {
      for (String name : names) {
        try {
          types.add(TicketType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new ApiException(
              ProblemKind.BAD_REQUEST,
              "sla.unknown-value",
              name,
              "types",
              Arrays.toString(TicketType.values()));
        }
      }
    }
    return types;
  }

  private static Escalation escalation(EscalationRequest request) {
    if (request == null) {
      return Escalation.none();
    }
    return new Escalation(Boolean.TRUE.equals(request.notifies()), request.groupId());
  }
}
