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
}
