package io.ticketknowledge.knowledge.articles.entity;

import java.util.Set;

/** The languages articles are written in. */
public final class Locales {

  public static final String ZH_TW = "zh-TW";
  public static final String EN = "en";
  public static final Set<String> SUPPORTED = Set.of(ZH_TW, EN);

  private Locales() {}

  public static String other(String locale) {
    return ZH_TW.equals(locale) ? EN : ZH_TW;
  }
}
