package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.links.entity.LinkType;
import io.ticketknowledge.ticket.links.entity.TicketLink;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import io.ticketknowledge.ticket.views.entity.SavedView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list's JPQL (filters, keyset sorts, visibility) on the real schema, with EclipseLink. */
class TicketListsOnH2Test {

  private static final TicketViewer ADMIN = new TicketViewer("admin1", true, true, Set.of());

  private ModuleSchemaOnH2 db;
  private final List<Long> ids = new ArrayList<>();

  @BeforeEach
  void seed() {
    db = new ModuleSchemaOnH2("ticket");
    db.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO ticket.support_groups (id, name, version) VALUES (50, 'g', 1)")
                .executeUpdate());
    db.inTransaction(
        em -> {
          Level[] levels = Level.values();
          for (int i = 0; i < 12; i++) {
            Ticket ticket =
                Ticket.open(
                    "TK-2026-0000" + (10 + i),
                    "工單 " + i,
                    "說明",
                    TicketType.INCIDENT,
                    null,
                    levels[i % 3],
                    levels[(i / 3) % 3],
                    i % 2 == 0 ? "requester1" : "requester2",
                    "R",
                    null);
            if (i % 4 == 0) {
              ticket.tag(Set.of("vpn"));
            }
            if (i == 5) {
              ticket.assignTo(50L, null, null);
            }
            if (i >= 9) {
              ticket.moveTo(TicketStatus.OPEN, null, null);
            }
            // floor 1..12 (as numbers 10 > 9, as text "10" < "9"), due dates 2026-03-01..12
            ticket.setCustomField("floor", FieldType.NUMBER, List.of(String.valueOf(i + 1)));
            ticket.setCustomField("due", FieldType.DATE, List.of("2026-03-%02d".formatted(i + 1)));
            em.persist(ticket);
            em.flush();
            ids.add(ticket.id());
          }
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void filtersNarrowTheList() {
    assertEquals(12, list(ADMIN, Map.of(), TicketSort.NEWEST).size());
    assertEquals(3, list(ADMIN, Map.of("tag", List.of("vpn")), TicketSort.NEWEST).size());
    assertEquals(3, list(ADMIN, Map.of("status", List.of("OPEN")), TicketSort.NEWEST).size());
    assertEquals(
        6, list(ADMIN, Map.of("requester", List.of("requester2")), TicketSort.NEWEST).size());
    assertEquals(1, list(ADMIN, Map.of("group", List.of("50")), TicketSort.NEWEST).size());
    assertEquals(11, list(ADMIN, Map.of("group", List.of("none")), TicketSort.NEWEST).size());
    assertEquals(12, list(ADMIN, Map.of("group", List.of("50,none")), TicketSort.NEWEST).size());
    assertEquals(
        12, list(ADMIN, Map.of("createdFrom", List.of("2020-01-01")), TicketSort.NEWEST).size());
    assertEquals(
        0, list(ADMIN, Map.of("updatedTo", List.of("2020-01-01")), TicketSort.NEWEST).size());
    assertEquals(
        3,
        list(
                ADMIN,
                Map.of(
                    "tag",
                    List.of("vpn"),
                    "requester",
                    List.of("requester1"),
                    "status",
                    List.of("NEW")),
                TicketSort.NEWEST)
            .size());
  }

  @Test
  void numberAndDateRangesOfCustomFieldsCompareByValue() {
    assertEquals(4, fields("floor>=9").size());
    assertEquals(3, fields("floor>=9", "floor<=11").size());
    assertEquals(12, fields("floor>=-1.5").size());
    assertEquals(0, fields("floor>=12.5").size());
    assertEquals(1, fields("floor:10").size());
    assertEquals(5, fields("due<=2026-03-05").size());
    assertEquals(2, fields("due>=2026-03-04", "due<=2026-03-05").size());
    // a bound of the other kind matches no value of the field (a number is no date)
    assertEquals(0, fields("floor>=2026-01-01").size());
    assertEquals(0, fields("due>=3").size());
  }

  private List<Ticket> fields(String... filters) {
    return list(ADMIN, Map.of("field", List.of(filters)), TicketSort.NEWEST);
  }

  @Test
  void requestersSeeOnlyTheirOwnWhateverTheFilter() {
    TicketViewer requester = TicketViewer.requester("requester1");
    assertEquals(6, list(requester, Map.of(), TicketSort.NEWEST).size());
    assertEquals(
        0, list(requester, Map.of("requester", List.of("requester2")), TicketSort.NEWEST).size());
  }

  @Test
  void everySortPagesThroughAllTicketsOnceInOrder() {
    for (TicketSort sort : TicketSort.values()) {
      List<Ticket> seen = new ArrayList<>();
      String cursor = null;
      for (int page = 0; page < 10; page++) {
        String at = cursor;
        List<Ticket> tickets = new ArrayList<>();
        db.inTransaction(
            em -> tickets.addAll(TicketLists.page(em, ADMIN, TicketFilter.NONE, sort, at, 5)));
        seen.addAll(tickets);
        if (tickets.size() < 5) {
          break;
        }
        cursor = sort.after(tickets.get(tickets.size() - 1));
      }
      assertEquals(12, seen.stream().map(Ticket::id).distinct().count(), sort.name());
      if (sort == TicketSort.PRIORITY_ASC) {
        List<TicketPriority> priorities = seen.stream().map(Ticket::priority).toList();
        assertEquals(priorities.stream().sorted().toList(), priorities);
      }
    }
  }

  @Test
  void idsAreCappedForCountsAndBulk() {
    db.inTransaction(
        em -> assertEquals(4, TicketLists.ids(em, ADMIN, TicketFilter.NONE, 4).size()));
  }

  @Test
  void linksAndViewsArePersisted() {
    db.inTransaction(
        em -> {
          em.persist(TicketLink.of(ids.get(0), LinkType.CHILD_OF, ids.get(1), "agent1"));
          SavedView view = new SavedView("agent1");
          view.define("我的", false, null, "status=OPEN", "-id");
          em.persist(view);
        });
    db.inTransaction(
        em -> {
          TicketLink link =
              em.createQuery("SELECT l FROM TicketLink l", TicketLink.class).getSingleResult();
          assertEquals(LinkType.CHILD_OF, link.typeFor(ids.get(0)));
          assertEquals(
              1L, em.createQuery("SELECT COUNT(v) FROM SavedView v", Long.class).getSingleResult());
          Ticket ticket = em.find(Ticket.class, ids.get(0));
          ticket.linkArticles(Set.of(101L, 7L));
        });
    db.inTransaction(
        em ->
            assertEquals(List.of(7L, 101L), em.find(Ticket.class, ids.get(0)).linkedArticleIds()));
  }

  private List<Ticket> list(
      TicketViewer viewer, Map<String, List<String>> parameters, TicketSort sort) {
    List<Ticket> tickets = new ArrayList<>();
    db.inTransaction(
        em ->
            tickets.addAll(
                TicketLists.page(em, viewer, TicketFilter.parse(parameters), sort, null, 100)));
    return tickets;
  }
}
