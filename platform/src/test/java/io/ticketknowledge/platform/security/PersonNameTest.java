package io.ticketknowledge.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void chineseNamesPutTheFamilyNameFirstWithoutASpace() {
    assertEquals("王小明", PersonName.of("小明", "王", "小明 王"));
  }

  @Test
  void westernNamesKeepTheProvidersFullName() {
    assertEquals("Ada Lovelace", PersonName.of("Ada", "Lovelace", "Ada Lovelace"));
  }

  @Test
  void fullNameAloneIsUsedAsIs() {
    assertEquals("陳志豪", PersonName.of(null, null, " 陳志豪 "));
  }

  @Test
  void partsWithoutAFullNameAreJoined() {
    assertEquals("Grace Hopper", PersonName.of("Grace", "Hopper", null));
    assertEquals("Hopper", PersonName.of(null, "Hopper", ""));
  }

  @Test
  void noNameClaimsGiveNull() {
    assertNull(PersonName.of(null, " ", null));
  }

  @Test
  void bidiOverridesAndControlCharactersAreRemoved() {
    assertEquals("王小明exe.live", PersonName.of(null, null, "王小明\u202Eexe.live\u202C"));
    assertEquals("Ada Lovelace", PersonName.of(null, null, "Ada\u0000\u001B Lovelace"));
    assertEquals("A B", PersonName.of(null, null, "A \t\n  B"));
    assertNull(PersonName.of(null, null, "\u202E\u200B"));
  }

  @Test
  void longNamesAreCutToTheLimit() {
    String name = PersonName.of(null, null, "名".repeat(500));
    assertEquals(PersonName.MAX_LENGTH, name.codePointCount(0, name.length()));
    assertEquals('…', name.charAt(name.length() - 1));
    String emoji = PersonName.clean("😀".repeat(150));
    assertEquals(PersonName.MAX_LENGTH, emoji.codePointCount(0, emoji.length()));
  }
}
