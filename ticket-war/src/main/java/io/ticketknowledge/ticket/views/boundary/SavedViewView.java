package io.ticketknowledge.ticket.views.boundary;

import io.ticketknowledge.ticket.tickets.control.TicketFilter;
import io.ticketknowledge.ticket.views.entity.SavedView;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A saved view as the API shows it; the filter in its canonical form. */
public record SavedViewView(
    long id,
    String name,
    String ownerId,
    boolean shared,
    Long groupId,
    Map<String, String> filter,
    String sort,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  public static SavedViewView of(SavedView view) {
    Map<String, String> filter = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e :
        TicketFilter.parseQuery(view.filter()).toParameters().entrySet()) {
      filter.put(e.getKey(), String.join(",", e.getValue()));
    }
    return new SavedViewView(
        view.id(),
        view.name(),
        view.ownerId(),
        view.shared(),
        view.groupId(),
        filter,
        view.sort(),
        view.createdAt(),
        view.updatedAt(),
        view.version());
  }
}
