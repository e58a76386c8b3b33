package io.ticketknowledge.ticket.sla.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which tickets an SLA policy applies to: each dimension lists the values it accepts, and an empty
 * list accepts any value (also none). A ticket matches when every dimension accepts it, so {@code
 * priorities=[P1], types=[]} is "every P1 ticket". Departments compare without regard to case.
 */
public record PolicyMatch(
    Set<TicketPriority> priorities,
    Set<TicketType> types,
    Set<Long> categoryIds,
    Set<String> departments) {

  public PolicyMatch {
    priorities =
        priorities == null || priorities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(priorities));
    types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    departments =
        departments == null
            ? Set.of()
            : departments.stream().map(String::strip).collect(Collectors.toSet());
  }

  /** Matches every ticket. */
  public static PolicyMatch any() {
    return new PolicyMatch(Set.of(), Set.of(), Set.of(), Set.of());
  }

  public boolean matches(TicketProfile ticket) {
    return accepts(priorities, ticket.priority())
        && accepts(types, ticket.type())
        && accepts(categoryIds, ticket.categoryId())
        && accepts(
            normalized(departments),
            ticket.department() == null ? null : normalized(ticket.department()));
  }

  /**
   * Whether every ticket that {@code other} matches is matched by this too: placed before {@code
   * other}, this leaves it nothing to match.
   */
  public boolean covers(PolicyMatch other) {
    return covers(priorities, other.priorities)
        && covers(types, other.types)
        && covers(categoryIds, other.categoryIds)
        && covers(normalized(departments), normalized(other.departments));
  }

  private static <T> boolean accepts(Set<T> accepted, T value) {
    return accepted.isEmpty() || (value != null && accepted.contains(value));
  }

  private static <T> boolean covers(Set<T> mine, Set<T> theirs) {
    return mine.isEmpty() || (!theirs.isEmpty() && mine.containsAll(theirs));
  }

  private static Set<String> normalized(Set<String> departments) {
    return departments.stream().map(PolicyMatch::normalized).collect(Collectors.toSet());
  }

  static String normalized(String department) {
    return department.strip().toLowerCase(Locale.ROOT);
  }

  /** Stored form of one dimension: sorted, comma-separated, empty for any. */
  public static String join(Collection<?> values) {
    return values.stream()
        .map(Object::toString)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.joining(","));
  }
}
