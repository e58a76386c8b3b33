package io.ticketknowledge.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native queries whose numbered parameters ({@code ?1}, {@code ?2}) may appear more than once: each
 * occurrence becomes a plain {@code ?} bound in order, so the SQL reads like JPQL and no provider's
 * handling of repeated ordinals matters.
 */
public final class NativeQueries {

  private static final Pattern ORDINAL = Pattern.compile("\\?(\\d+)");

  private NativeQueries() {}

  public static Query create(EntityManager em, String sql, Object... parameters) {
    Matcher matcher = ORDINAL.matcher(sql);
    StringBuilder plain = new StringBuilder();
    java.util.List<Object> bound = new java.util.ArrayList<>();
    while (matcher.find()) {
      int ordinal = Integer.parseInt(matcher.group(1));
      if (ordinal < 1 || ordinal > parameters.length) {
        throw new IllegalArgumentException("no parameter ?" + ordinal + " in " + sql);
      }
      bound.add(parameters[ordinal - 1]);
      matcher.appendReplacement(plain, "?");
    }
    matcher.appendTail(plain);
    Query query = em.createNativeQuery(plain.toString());
    for (int i = 0; i < bound.size(); i++) {
      query.setParameter(i + 1, bound.get(i));
    }
    return query;
  }
}
