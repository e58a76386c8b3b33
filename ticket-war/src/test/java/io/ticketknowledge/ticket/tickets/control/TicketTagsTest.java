package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketTagsTest {

  @Test
  void tagsAreLowerCasedStrippedAndUnique() {
    assertEquals(
        Set.of("vpn", "新進同仁", "win-11"),
        TicketTags.normalized(List.of(" VPN ", "vpn", "新進同仁", "Win-11")));
  }

  @Test
  void malformedTagsAndTooManyAreRefused() {
    for (String bad : new String[] {"", "two words", "-dash-first", "x".repeat(51), "<b>"}) {
      ApiException refused =
          assertThrows(ApiException.class, () -> TicketTags.normalized(List.of(bad)), bad);
      assertEquals("ticket.invalid-tag", refused.detailKey());
    }
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("t" + i);
    }
    assertEquals(
        "ticket.too-many-tags",
        assertThrows(ApiException.class, () -> TicketTags.normalized(many)).detailKey());
    assertEquals(Set.of(), TicketTags.normalized(Collections.emptyList()));
  }
}
