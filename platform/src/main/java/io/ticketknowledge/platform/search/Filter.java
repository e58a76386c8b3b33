package io.ticketknowledge.platform.search;

import java.time.Instant;
import java.util.Set;

/** A condition on a keyword, date or number field. It narrows the hits; it never scores. */
public sealed interface Filter {

  String field();

  /** The keyword field has at least one of these values (none given: nothing matches). */
  record AnyOf(String field, Set<String> values) implements Filter {
    public AnyOf {
      values = Set.copyOf(values);
    }
  }

  /**
   * The date or number field lies within the bounds, both inclusive; a null bound is open. Dates
   * are given as {@link Instant}, numbers as {@link Long}.
   */
  record Range(String field, Object from, Object to) implements Filter {
    public Range {
      if (from == null && to == null) {
        throw new IllegalArgumentException("a range on " + field + " needs at least one bound");
      }
    }
  }

  static Filter anyOf(String field, Set<String> values) {
    return new AnyOf(field, values);
  }

  static Filter term(String field, String value) {
    return new AnyOf(field, Set.of(value));
  }

  static Filter between(String field, Instant from, Instant to) {
    return new Range(field, from, to);
  }

  static Filter between(String field, Long from, Long to) {
    return new Range(field, from, to);
  }
}
