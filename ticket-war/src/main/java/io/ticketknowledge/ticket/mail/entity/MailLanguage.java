package io.ticketknowledge.ticket.mail.entity;

import java.util.Locale;

/**
 * The languages mail goes out in: Traditional Chinese (the default) and English. Any English tag
 * ({@code en}, {@code en-US}) is English; everything else, Chinese of any region included, is
 * zh-TW.
 */
public enum MailLanguage {
  ZH_TW("zh-TW"),
  EN("en");

  private final String tag;

  MailLanguage(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** A language tag ({@code en-GB}) or a stored tag; null or blank gives the default. */
  public static MailLanguage ofTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return ZH_TW;
    }
    String lower = tag.strip().toLowerCase(Locale.ROOT);
    return lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_") ? EN : ZH_TW;
  }

  /**
   * The preferred of the two in an {@code Accept-Language} header (highest q first, the first of
   * equal ones); empty when the header names neither English nor Chinese.
   */
  public static java.util.Optional<MailLanguage> ofAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (range.getWeight() <= 0) {
          continue;
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
          return java.util.Optional.of(EN);
        }
        if (tag.equals("zh") || tag.startsWith("zh-")) {
          return java.util.Optional.of(ZH_TW);
        }
      }
    } catch (IllegalArgumentException malformed) {
      // a malformed header says nothing
    }
    return java.util.Optional.empty();
  }
}
