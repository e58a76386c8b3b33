package io.ticketknowledge.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void chineseVariantsAllGetTraditionalChinese() {
    for (String tag : List.of("zh-TW", "zh", "zh-Hant", "zh-HK")) {
      assertEquals(Messages.ZH_TW, Messages.negotiate(List.of(Locale.forLanguageTag(tag))), tag);
    }
  }

  @Test
  void firstSupportedLanguageWinsAndEnglishIsTheFallback() {
    assertEquals(
        Locale.ENGLISH,
        Messages.negotiate(List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"), Messages.ZH_TW)));
    assertEquals(
        Messages.ZH_TW, Messages.negotiate(List.of(Locale.GERMAN, Locale.forLanguageTag("zh-TW"))));
    assertEquals(Locale.ENGLISH, Messages.negotiate(List.of(Locale.JAPANESE)));
    assertEquals(Locale.ENGLISH, Messages.negotiate(List.of()));
  }

  @Test
  void textsAreFormattedInTheRequestedLanguage() {
    assertEquals(
        "Ticket 1234567 does not exist or is not visible to you.",
        Messages.text(Locale.ENGLISH, "ticket.not-found", 1234567L));
    assertEquals(
        "工單 1234567 不存在，或您無權查看。", Messages.text(Messages.ZH_TW, "ticket.not-found", 1234567L));
  }

  @Test
  void unknownKeysFallBackToTheKeyItself() {
    assertEquals("no.such.key", Messages.text(Locale.ENGLISH, "no.such.key"));
  }

  @Test
  void everyEnglishTextHasATraditionalChineseTranslation() throws IOException {
    Set<String> missing = new TreeSet<>(load("messages.properties").stringPropertyNames());
    missing.removeAll(load("messages_zh_TW.properties").stringPropertyNames());
    assertTrue(missing.isEmpty(), "untranslated: " + missing);
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
