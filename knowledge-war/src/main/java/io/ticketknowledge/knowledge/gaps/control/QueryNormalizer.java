package io.ticketknowledge.knowledge.gaps.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which misses are grouped: width-folded (ＶＰＮ → vpn), lower case, punctuation as
 * spaces, spaces collapsed, at most 200 characters. "VPN 斷線!" and "ｖｐｎ　斷線" are one gap.
 */
public final class QueryNormalizer {

  public static final int MAX_LENGTH = 200;

  private QueryNormalizer() {}

  public static String normalize(String query) {
    String folded = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String spaced = folded.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
    return spaced.length() > MAX_LENGTH ? spaced.substring(0, MAX_LENGTH).strip() : spaced;
  }
}
