package io.ticketknowledge.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native queries whose numbered parameters ({@code ?1}, {@code ?2}) may appear more than once: each
 * occurrence becomes a plain {@code ?} bound in order, so the SQL reads like JPQL and no provider's
 * handling of repeated ordinals matters.
 */
public final class NativeQueries {

  private static final Pattern ORDINAL = Pattern.compile("\\?(\\d+)");

  /** SQL with plain placeholders and the values to bind to them, in order. */
  public record Bound(String sql, List<Object> values) {}

  private NativeQueries() {}

  public static Query create(EntityManager em, String sql, Object... parameters) {
    Bound bound = bind(sql, parameters);
    Query query = em.createNativeQuery(bound.sql());
    for (int i = 0; i < bound.values().size(); i++) {
      query.setParameter(i + 1, bound.values().get(i));
    }
    return query;
  }

  public static Bound bind(String sql, Object... parameters) {
    Matcher matcher = ORDINAL.matcher(sql);
    StringBuilder plain = new StringBuilder();
    List<Object> values = new ArrayList<>();
    while (matcher.find()) {
      int ordinal = Integer.parseInt(matcher.group(1));
      if (ordinal < 1 || ordinal > parameters.length) {
        throw new IllegalArgumentException("no parameter ?" + ordinal + " in " + sql);
      }
      values.add(parameters[ordinal - 1]);
      matcher.appendReplacement(plain, "?");
    }
    matcher.appendTail(plain);
    return new Bound(plain.toString(), values);
  }
}
