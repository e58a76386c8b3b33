package io.ticketknowledge.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsScoresValuesAndOddIds() {
    Cursor score = new Cursor((double) 1.2345679f, "id\u001fwith separator 中文");
    assertEquals(score, Cursor.decode(score.encode(SortOrder.relevance()), SortOrder.relevance()));
    Cursor value = new Cursor(Long.MIN_VALUE, "x");
    SortOrder byDate = SortOrder.descending("createdAt");
    assertEquals(value, Cursor.decode(value.encode(byDate), byDate));
  }

  @Test
  void refusesCursorsOfAnotherOrderOrGarbage() {
    String cursor = new Cursor(5L, "x").encode(SortOrder.descending("createdAt"));
    for (String bad : new String[] {"", "%%%", "YWJj", cursor + "A"}) {
      assertThrows(InvalidQueryException.class, () -> Cursor.decode(bad, SortOrder.relevance()));
    }
    assertThrows(
        InvalidQueryException.class, () -> Cursor.decode(cursor, SortOrder.ascending("createdAt")));
    assertThrows(InvalidQueryException.class, () -> Cursor.decode(cursor, SortOrder.relevance()));
  }
}
