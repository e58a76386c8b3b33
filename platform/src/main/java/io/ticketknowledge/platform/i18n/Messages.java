package io.ticketknowledge.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts for the API (problem titles and details, validation messages). zh-TW and English
 * are supported; anything else falls back to English.
 */
public final class Messages {

  public static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");
  private static final String BUNDLE = "io.ticketknowledge.platform.i18n.messages";

  private Messages() {}

  /** Picks the first supported locale from the client's preference list (Accept-Language order). */
  public static Locale negotiate(List<Locale> acceptable) {
    for (Locale wanted : acceptable) {
      String language = wanted.getLanguage();
      if ("zh".equals(language)) {
        // zh, zh-TW, zh-Hant, zh-HK: Traditional Chinese is the only Chinese we ship
        return ZH_TW;
      }
      if ("en".equals(language)) {
        return Locale.ENGLISH;
      }
      if ("*".equals(language)) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
