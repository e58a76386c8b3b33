package io.ticketknowledge.knowledge.gaps.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.knowledge.gaps.control.GapClusters.Asked;
import io.ticketknowledge.knowledge.gaps.control.GapClusters.Topic;
import io.ticketknowledge.platform.search.analysis.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapClustersTest {

  private static final Glossary SEED = Glossary.seed();

  @Test
  void nearDuplicatesAcrossScriptRegionAndLanguageAreOneTopic() {
    List<Topic> topics =
        GapClusters.group(
            List.of(
                new Asked("印表機無法列印", 5),
                new Asked("打印机无法打印", 3),
                new Asked("vpn 連不上", 2),
                new Asked("印表機 無法列印", 2),
                new Asked("ＶＰＮ連線失敗", 1),
                new Asked("會議室預約", 1)),
            SEED);
    assertEquals(3, topics.size(), () -> topics.toString());
    Topic printer = topics.get(0);
    assertEquals("印表機無法列印", printer.leader().query());
    assertEquals(List.of("印表機無法列印", "打印机无法打印", "印表機 無法列印"), printer.queries());
    assertEquals(10, printer.asked());
    assertEquals(List.of("vpn 連不上", "ＶＰＮ連線失敗"), topics.get(1).queries());
    assertEquals(List.of("會議室預約"), topics.get(2).queries());
  }

  @Test
  void differentTopicsStayApart() {
    List<Topic> topics =
        GapClusters.group(
            List.of(new Asked("reset password", 4), new Asked("printer offline", 4)), SEED);
    assertEquals(2, topics.size());
  }

  @Test
  void englishVariantsOfOneQueryGroup() {
    List<Topic> topics =
        GapClusters.group(
            List.of(
                new Asked("wifi not working", 3),
                new Asked("Wi-Fi not working", 2),
                new Asked("wi fi not working", 1)),
            SEED);
    assertEquals(1, topics.size(), () -> topics.toString());
  }

  @Test
  void similarityIsJaccard() {
    assertEquals(
        0.5,
        GapClusters.similarity(java.util.Set.of("a", "b"), java.util.Set.of("b", "c", "a", "d")));
    assertEquals(1.0, GapClusters.similarity(java.util.Set.of(), java.util.Set.of()));
  }
}
