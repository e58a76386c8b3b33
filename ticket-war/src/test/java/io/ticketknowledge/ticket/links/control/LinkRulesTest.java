package io.ticketknowledge.ticket.links.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.links.entity.LinkType;
import io.ticketknowledge.ticket.links.entity.TicketLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRulesTest {

  /** The links that exist, stored canonically. */
  private final List<TicketLink> existing = new ArrayList<>();

  @Test
  void linksAreStoredCanonicallyAndSeenFromBothEnds() {
    TicketLink child = TicketLink.of(5, LinkType.CHILD_OF, 9, "agent1");
    assertEquals(9, child.sourceId());
    assertEquals(LinkType.PARENT_OF, child.type());
    assertEquals(LinkType.CHILD_OF, child.typeFor(5));
    assertEquals(LinkType.PARENT_OF, child.typeFor(9));
    TicketLink related = TicketLink.of(9, LinkType.RELATED, 5, "agent1");
    assertEquals(5, related.sourceId());
    assertEquals(LinkType.RELATED, related.typeFor(9));
    TicketLink duplicate = TicketLink.of(9, LinkType.DUPLICATED_BY, 5, "agent1");
    assertEquals(5, duplicate.sourceId());
    assertEquals(LinkType.DUPLICATE_OF, duplicate.typeFor(5));
    for (LinkType type : LinkType.values()) {
      assertEquals(type, type.inverse().inverse());
    }
  }

  @Test
  void aTicketIsNotLinkedToItself() {
    refused(
        TicketLink.of(3, LinkType.RELATED, 3, "a"), ProblemKind.BAD_REQUEST, "ticket.link-self");
  }

  @Test
  void aPairIsLinkedOnceByType() {
    add(1, LinkType.RELATED, 2);
    refused(TicketLink.of(2, LinkType.RELATED, 1, "a"), ProblemKind.CONFLICT, "ticket.link-exists");
    add(1, LinkType.DUPLICATE_OF, 3);
    refused(
        TicketLink.of(3, LinkType.DUPLICATED_BY, 1, "a"),
        ProblemKind.CONFLICT,
        "ticket.link-exists");
    // another type between the same pair is fine
    allowed(TicketLink.of(1, LinkType.PARENT_OF, 2, "a"));
  }

  @Test
  void aChildHasOneParentAndADuplicateOneOriginal() {
    add(1, LinkType.PARENT_OF, 2);
    refused(
        TicketLink.of(3, LinkType.PARENT_OF, 2, "a"),
        ProblemKind.CONFLICT,
        "ticket.link-one-parent");
    add(4, LinkType.DUPLICATE_OF, 5);
    refused(
        TicketLink.of(4, LinkType.DUPLICATE_OF, 6, "a"),
        ProblemKind.CONFLICT,
        "ticket.link-one-original");
    // an original may have many duplicates, a parent many children
    allowed(TicketLink.of(7, LinkType.DUPLICATE_OF, 5, "a"));
    allowed(TicketLink.of(1, LinkType.PARENT_OF, 8, "a"));
  }

  @Test
  void cyclesOfParentsOrDuplicatesAreRefused() {
    add(1, LinkType.PARENT_OF, 2);
    add(2, LinkType.PARENT_OF, 3);
    // 1 has no parent yet, so only the cycle rule can refuse these (the same link, both ways)
    refused(
        TicketLink.of(3, LinkType.PARENT_OF, 1, "a"), ProblemKind.CONFLICT, "ticket.link-cycle");
    refused(TicketLink.of(1, LinkType.CHILD_OF, 3, "a"), ProblemKind.CONFLICT, "ticket.link-cycle");
    add(10, LinkType.DUPLICATE_OF, 11);
    add(11, LinkType.DUPLICATE_OF, 12);
    refused(
        TicketLink.of(12, LinkType.DUPLICATE_OF, 10, "a"),
        ProblemKind.CONFLICT,
        "ticket.link-cycle");
    // related links may form any graph
    add(20, LinkType.RELATED, 21);
    add(21, LinkType.RELATED, 22);
    allowed(TicketLink.of(22, LinkType.RELATED, 20, "a"));
  }

  @Test
  void reachesStopsOnLoopsAlreadyThere() {
    assertEquals(
        false,
        LinkRules.reaches(1, 99, id -> id == 1 ? List.of(2L) : id == 2 ? List.of(1L) : List.of()));
  }

  private void add(long from, LinkType type, long to) {
    TicketLink link = TicketLink.of(from, type, to, "agent1");
    allowed(link);
    existing.add(link);
  }

  private void allowed(TicketLink link) {
    assertDoesNotThrow(() -> check(link));
  }

  private void refused(TicketLink link, ProblemKind kind, String key) {
    ApiException e = assertThrows(ApiException.class, () -> check(link));
    assertEquals(kind, e.kind());
    assertEquals(key, e.detailKey());
  }

  private void check(TicketLink link) {
    List<TicketLink> pair =
        existing.stream()
            .filter(l -> l.touches(link.sourceId()) && l.touches(link.targetId()))
            .toList();
    List<TicketLink> incoming =
        existing.stream()
            .filter(l -> l.targetId() == link.targetId() && l.type() == link.type())
            .toList();
    LinkRules.check(link, pair, incoming, from -> targets(from, link.type()));
  }

  private Collection<Long> targets(long from, LinkType type) {
    return existing.stream()
        .filter(l -> l.sourceId() == from && l.type() == type)
        .map(TicketLink::targetId)
        .toList();
  }
}
