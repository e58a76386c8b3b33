package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Tags of tickets: their form, and the ones in use for autocomplete. */
@ApplicationScoped
public class TicketTags {

  /** Letters or digits (any script), then also . _ - ; at most 50; at most 20 per ticket. */
  static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,49}");

  static final int MAX_PER_TICKET = 20;

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** Lower-cased, stripped, unique; 400 naming the first tag of the wrong form. */
  public static Set<String> normalized(List<String> tags) {
    Set<String> normalized = new TreeSet<>();
    for (String tag : tags) {
      String value = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
      if (!TAG.matcher(value).matches()) {
        throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.invalid-tag", tag);
      }
      normalized.add(value);
    }
    if (normalized.size() > MAX_PER_TICKET) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.too-many-tags", MAX_PER_TICKET);
    }
    return normalized;
  }

  /** Tags in use that start with {@code prefix}, most used first. */
  public List<TagCount> startingWith(String prefix, int limit) {
    String start = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    List<TagCount> tags = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT tag, count(*) FROM ticket.ticket_tags WHERE tag LIKE ?1 ESCAPE '!'"
                    + " GROUP BY tag ORDER BY count(*) DESC, tag LIMIT ?2")
            .setParameter(1, escapeLike(start) + "%")
            .setParameter(2, limit)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      tags.add(new TagCount((String) columns[0], ((Number) columns[1]).longValue()));
    }
    return tags;
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** A tag and how many tickets carry it. */
  public record TagCount(String tag, long tickets) {}
}
