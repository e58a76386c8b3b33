package io.ticketknowledge.platform.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ProblemKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void readsTheThreeFormsOfOneRange() {
    assertEquals(Optional.of(ByteRange.of(0, 99)), ByteRange.parse("bytes=0-99"));
    assertEquals(Optional.of(ByteRange.from(100)), ByteRange.parse("bytes=100-"));
    assertEquals(Optional.of(ByteRange.last(500)), ByteRange.parse("bytes=-500"));
    assertEquals(Optional.of(ByteRange.of(5, 5)), ByteRange.parse(" Bytes=5-5 "));
  }

  @Test
  void ignoresWhatTheServerMayIgnore() {
    for (String header :
        new String[] {
          null,
          "",
          "bytes=",
          "bytes=-",
          "items=0-9",
          "bytes=0-9,20-29",
          "bytes=9-0",
          "bytes=a-b",
          "bytes=1-2-3",
          "bytes=99999999999999999999-"
        }) {
      assertEquals(Optional.empty(), ByteRange.parse(header), header);
    }
  }

  @Test
  void resolvesAgainstTheSizeAndClipsTheEnd() {
    assertEquals(new ByteSpan(0, 100), ByteRange.of(0, 99).resolve(1000));
    assertEquals(new ByteSpan(990, 10), ByteRange.of(990, 5000).resolve(1000));
    assertEquals(new ByteSpan(100, 900), ByteRange.from(100).resolve(1000));
    assertEquals(new ByteSpan(500, 500), ByteRange.last(500).resolve(1000));
    assertEquals(ByteSpan.whole(1000), ByteRange.last(5000).resolve(1000));
    assertEquals("bytes 990-999/1000", new ByteSpan(990, 10).contentRange(1000));
    assertTrue(ByteRange.from(0).resolve(1000).isWhole(1000));
  }

  @Test
  void rangesOutsideTheContentAreNotSatisfiable() {
    for (ByteRange outside :
        new ByteRange[] {
          ByteRange.of(1000, 1001), ByteRange.from(1000), ByteRange.from(5000), ByteRange.last(0)
        }) {
      BlobRefusedException e =
          assertThrows(BlobRefusedException.class, () -> outside.resolve(1000));
      assertEquals(BlobRefusedException.Reason.RANGE_NOT_SATISFIABLE, e.reason());
      assertEquals(1000, e.size());
      assertEquals(
          ProblemKind.RANGE_NOT_SATISFIABLE,
          io.ticketknowledge.platform.problems.PortProblems.kindOf(e));
    }
    assertThrows(BlobRefusedException.class, () -> ByteRange.last(10).resolve(0));
    assertThrows(BlobRefusedException.class, () -> ByteRange.from(0).resolve(0));
  }
}
