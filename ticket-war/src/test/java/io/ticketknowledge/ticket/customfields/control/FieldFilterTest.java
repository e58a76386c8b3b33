package io.ticketknowledge.ticket.customfields.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.customfields.control.FieldFilter.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code field=} filters are parsed, bounds typed, before any query runs. */
class FieldFilterTest {

  @Test
  void equalityKeepsTheTextAndRangesParseTheirBound() {
    FieldFilter tag = FieldFilter.parse("asset_tag:NB-01:A");
    assertEquals(Operator.EQUALS, tag.operator());
    assertEquals("NB-01:A", tag.value());
    assertNull(tag.bound());

    FieldFilter floor = FieldFilter.parse("floor>=10");
    assertEquals(Operator.AT_LEAST, floor.operator());
    assertEquals(new BigDecimal("10"), floor.bound());
    assertEquals("floor>=10", floor.canonical());

    FieldFilter due = FieldFilter.parse(" due <= 2026-12-31 ");
    assertEquals(Operator.AT_MOST, due.operator());
    assertEquals(LocalDate.of(2026, 12, 31), due.bound());
    assertEquals("due<=2026-12-31", due.canonical());

    assertEquals(new BigDecimal("-2.5"), FieldFilter.parse("temp>=-2.5").bound());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "floor>=ten",
        "floor<=1e5",
        "due>=2026-02-30",
        "due<=2026/12/31",
        "floor>=1.12345678901",
        "floor>=0x10",
        "floor>=1234567890123456789"
      })
  void aBoundThatIsNeitherNumberNorDateIsABadRequest(String raw) {
    ApiException e = assertThrows(ApiException.class, () -> FieldFilter.parse(raw));
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
    assertEquals("ticket.invalid-field-range", e.detailKey());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "floor",
        "floor:",
        ":3",
        "floor>3",
        "floor=3",
        "Floor>=3",
        "floor>=",
        "floor=>3",
        "flo or:3"
      })
  void aFilterOfNoKnownFormIsABadRequest(String raw) {
    ApiException e = assertThrows(ApiException.class, () -> FieldFilter.parse(raw));
    assertEquals("ticket.invalid-field-filter", e.detailKey());
  }
}
