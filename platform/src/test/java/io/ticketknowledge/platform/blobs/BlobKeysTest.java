package io.ticketknowledge.platform.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BlobKeysTest {

  @Test
  void keysAreTheUtcDayAndARandomUuid() {
    // 23:30 in UTC is already the next day in Taipei: the key uses UTC
    Clock clock = Clock.fixed(Instant.parse("2025-03-09T23:30:00Z"), ZoneId.of("Asia/Taipei"));
    String key = BlobKeys.next(clock);
    assertTrue(key.startsWith("2025/03/09/"), key);
    assertTrue(BlobKeys.isValid(key), key);
    assertNotEquals(key, BlobKeys.next(clock));
  }

  @Test
  void onlyTheGeneratedFormatIsValid() {
    String good = "2025/03/09/0f8fad5b-d9cb-469f-a165-70867728950e";
    assertTrue(BlobKeys.isValid(good));
    for (String bad : TraversalKeys.ALL) {
      assertFalse(BlobKeys.isValid(bad), bad);
    }
    assertEquals(good, BlobKeys.requireValid(good));
  }
}
