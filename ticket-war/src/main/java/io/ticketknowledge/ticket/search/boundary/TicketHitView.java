package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.search.SearchHit;
import io.ticketknowledge.ticket.search.control.TicketIndex;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ticket found: what a result list shows, without the full description. {@code highlights}
 * holds, per matched field, an HTML excerpt (escaped, matches in {@code <mark>}). {@code score} is
 * absent when hits are sorted by a date (the engines do not score then).
 */
public record TicketHitView(
    long id,
    String subject,
    String status,
    String priority,
    Person requester,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version,
    Double score,
    Map<String, String> highlights) {

  public record Person(String id, String name) {}

  static TicketHitView of(SearchHit hit) {
    Map<String, Object> f = hit.fields();
    Map<String, String> highlights = new TreeMap<>();
    hit.snippets()
        .forEach(
            (field, snippet) -> {
              if (!snippet.highlights().isEmpty()) {
                highlights.put(field, snippet.html());
              }
            });
    return new TicketHitView(
        Long.parseLong(hit.id()),
        text(f.get(TicketIndex.SUBJECT)),
        text(f.get(TicketIndex.STATUS)),
        text(f.get(TicketIndex.PRIORITY)),
        new Person(text(f.get(TicketIndex.REQUESTER_ID)), text(f.get(TicketIndex.REQUESTER_NAME))),
        time(f.get(TicketIndex.CREATED_AT)),
        time(f.get(TicketIndex.UPDATED_AT)),
        f.get(TicketIndex.VERSION) instanceof Number n ? n.longValue() : 0,
        Double.isFinite(hit.score()) ? hit.score() : null,
        highlights);
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static OffsetDateTime time(Object value) {
    return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : null;
  }
}
