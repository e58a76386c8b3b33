package io.ticketknowledge.knowledge.gaps.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryNormalizerTest {

  @Test
  void widthCasePunctuationAndSpacesDoNotSplitAGap() {
    assertEquals("vpn 斷線", QueryNormalizer.normalize("VPN 斷線!"));
    assertEquals("vpn 斷線", QueryNormalizer.normalize("  ｖｐｎ　斷線？？ "));
    assertEquals("wi fi 密碼", QueryNormalizer.normalize("Wi-Fi「密碼」"));
    assertEquals("", QueryNormalizer.normalize("？！…"));
  }

  @Test
  void longQueriesAreCut() {
    String normalized = QueryNormalizer.normalize("印".repeat(500));
    assertEquals(QueryNormalizer.MAX_LENGTH, normalized.length());
  }
}
