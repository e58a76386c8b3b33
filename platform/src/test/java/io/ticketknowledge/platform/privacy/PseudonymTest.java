package io.ticketknowledge.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymTest {

  @Test
  void theSameSubjectAlwaysGetsTheSamePseudonym() {
    Pseudonym first = Pseudonym.of("3f1c2a9e-7d41-4c5e-9a0b-1d2e3f4a5b6c");
    Pseudonym again = Pseudonym.of("3f1c2a9e-7d41-4c5e-9a0b-1d2e3f4a5b6c");
    assertEquals(first, again);
    assertEquals(first.stored(), again.stored());
  }

  @Test
  void theTagIsFourHexDigitsOfTheSubjectsHash() {
    // SHA-256("tk-person:requester1") starts with these two bytes: a changed derivation would
    // give erased people new names in one module and old ones in the other
    Pseudonym pseudonym = Pseudonym.of("requester1");
    assertTrue(pseudonym.tag().matches("[0-9a-f]{4}"), pseudonym.tag());
    assertEquals("Deleted user #" + pseudonym.tag(), pseudonym.stored());
    assertEquals(Pseudonym.of("requester1").tag(), pseudonym.tag());
  }

  @Test
  void differentSubjectsMostlyGetDifferentTags() {
    Set<String> tags = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      tags.add(Pseudonym.of("user-" + i).tag());
    }
    // 200 draws from 65,536 tags: a handful of collisions at most, never one tag for all
    assertTrue(tags.size() > 190, "distinct tags: " + tags.size());
    assertNotEquals(Pseudonym.of("alice"), Pseudonym.of("bob"));
  }

  @Test
  void labelsFollowTheReadersLanguage() {
    Pseudonym pseudonym = new Pseudonym("a1b2");
    assertEquals("已刪除的使用者 #a1b2", pseudonym.label(Locale.TRADITIONAL_CHINESE));
    assertEquals("Deleted user #a1b2", pseudonym.label(Locale.ENGLISH));
    assertEquals("Deleted user #a1b2", pseudonym.label(null));
    assertEquals("已刪除的使用者 #a1b2", Pseudonym.localized("Deleted user #a1b2", Locale.TAIWAN));
    assertEquals("王小明", Pseudonym.localized("王小明", Locale.TAIWAN));
  }

  @Test
  void recognisesOnlyStoredPseudonyms() {
    assertTrue(Pseudonym.isPseudonym("Deleted user #00ff"));
    assertFalse(Pseudonym.isPseudonym("Deleted user #00FF"));
    assertFalse(Pseudonym.isPseudonym("Deleted user #00ff and more"));
    assertFalse(Pseudonym.isPseudonym("王小明"));
    assertFalse(Pseudonym.isPseudonym(null));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void refusesAMissingSubject(String subject) {
    assertThrows(IllegalArgumentException.class, () -> Pseudonym.of(subject));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a1b", "a1b2c", "A1B2", "zzzz"})
  void refusesMalformedTags(String tag) {
    assertThrows(IllegalArgumentException.class, () -> new Pseudonym(tag));
  }
}
