package io.ticketknowledge.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeQueriesTest {

  @Test
  void repeatedOrdinalsAreBoundAtEachOccurrence() {
    NativeQueries.Bound bound =
        NativeQueries.bind(
            "UPDATE t SET name = ?2 WHERE id = ?1 AND name <> ?2 OR other = ?1", "s", "p");
    assertEquals("UPDATE t SET name = ? WHERE id = ? AND name <> ? OR other = ?", bound.sql());
    assertEquals(List.of("p", "s", "p", "s"), bound.values());
  }

  @Test
  void sqlWithoutParametersIsUnchanged() {
    assertEquals("SELECT 1", NativeQueries.bind("SELECT 1").sql());
  }

  @Test
  void anOrdinalWithoutItsValueIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NativeQueries.bind("id = ?2", "only one"));
    assertThrows(IllegalArgumentException.class, () -> NativeQueries.bind("id = ?0", "x"));
  }
}
