package io.ticketknowledge.ticket.sla.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An admin-managed SLA policy as stored: where it stands in the order of policies, which tickets it
 * matches, its targets on a business calendar and its escalation. {@link #toPolicy} is what the
 * clock uses.
 */
@Entity
@Table(schema = "ticket", name = "sla_policies")
public class SlaPolicyDefinition {

  @Id
  @SequenceGenerator(
      name = "sla_policies_ids",
      schema = "ticket",
      sequenceName = "sla_policies_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policies_ids")
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  /** Column {@code position}; the field has another name because POSITION is a JPQL keyword. */
  @Column(name = "position", nullable = false, unique = true)
  private int rank;

  @Column(name = "calendar_id", nullable = false)
  private long calendarId;

  @Column(name = "match_priorities", nullable = false, length = 100)
  private String priorities;

  @Column(name = "match_types", nullable = false, length = 200)
  private String types;

  @Column(name = "match_categories", nullable = false, length = 2000)
  private String categories;

  @Column(name = "match_departments", nullable = false, length = 2000)
  private String departments;

  @Column(name = "first_response_seconds")
  private Long firstResponse;

  @Column(name = "next_response_seconds")
  private Long nextResponse;

  @Column(name = "resolution_seconds")
  private Long resolution;

  @Column(name = "warning_percent", nullable = false)
  private int warningPercent;

  @Column(name = "warning_notify", nullable = false)
  private boolean warningNotify;

  @Column(name = "warning_group_id")
  private Long warningGroupId;

  @Column(name = "breach_notify", nullable = false)
  private boolean breachNotify;

  @Column(name = "breach_group_id")
  private Long breachGroupId;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SlaPolicyDefinition() {}

  public static SlaPolicyDefinition of(PolicyTerms terms) {
    SlaPolicyDefinition policy = new SlaPolicyDefinition();
    policy.define(terms);
    return policy;
  }

  /** Replaces everything but the id. */
  public void define(PolicyTerms terms) {
    name = terms.name().strip();
    rank = terms.position();
    calendarId = terms.calendarId();
    priorities = PolicyMatch.join(terms.match().priorities());
    types = PolicyMatch.join(terms.match().types());
    categories = PolicyMatch.join(terms.match().categoryIds());
    departments = String.join("\n", terms.match().departments().stream().sorted().toList());
    firstResponse = seconds(terms.targets().get(SlaMetric.FIRST_RESPONSE));
    nextResponse = seconds(terms.targets().get(SlaMetric.NEXT_RESPONSE));
    resolution = seconds(terms.targets().get(SlaMetric.RESOLUTION));
    warningPercent = terms.warningPercent();
    warningNotify = terms.onWarning().notifies();
    warningGroupId = terms.onWarning().groupId();
    breachNotify = terms.onBreach().notifies();
    breachGroupId = terms.onBreach().groupId();
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public PolicyTerms terms() {
    return new PolicyTerms(
        name,
        rank,
        calendarId,
        match(),
        targets(),
        warningPercent,
        new Escalation(warningNotify, warningGroupId),
        new Escalation(breachNotify, breachGroupId));
  }

  public PolicyMatch match() {
    return new PolicyMatch(
        split(priorities, ",", TicketPriority::valueOf),
        split(types, ",", TicketType::valueOf),
        split(categories, ",", Long::valueOf),
        split(departments, "\n", Function.identity()));
  }

  public Map<SlaMetric, Duration> targets() {
    Map<SlaMetric, Duration> targets = new EnumMap<>(SlaMetric.class);
    put(targets, SlaMetric.FIRST_RESPONSE, firstResponse);
    put(targets, SlaMetric.NEXT_RESPONSE, nextResponse);
    put(targets, SlaMetric.RESOLUTION, resolution);
    return targets;
  }

  /** The policy the clock applies, on {@code calendar} (the one {@link #calendarId()} names). */
  public SlaPolicy toPolicy(BusinessCalendar calendar) {
    return new SlaPolicy(name, calendar, targets(), warningPercent);
  }

  public Escalation escalation(SlaEntry.Kind kind) {
    return kind == SlaEntry.Kind.BREACHED
        ? new Escalation(breachNotify, breachGroupId)
        : new Escalation(warningNotify, warningGroupId);
  }

  private static <T> Set<T> split(String text, String separator, Function<String, T> parse) {
    if (text == null || text.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(text.split(separator)).map(parse).collect(Collectors.toSet());
  }

  private static void put(Map<SlaMetric, Duration> targets, SlaMetric metric, Long seconds) {
    if (seconds != null) {
      targets.put(metric, Duration.ofSeconds(seconds));
    }
  }

  private static Long seconds(Duration target) {
    return target == null ? null : target.toSeconds();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int position() {
    return rank;
  }

  public long calendarId() {
    return calendarId;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
