package io.ticketknowledge.knowledge.articles.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.knowledge.articles.control.TextDiff.Granularity;
import io.ticketknowledge.knowledge.articles.control.TextDiff.Op;
import io.ticketknowledge.knowledge.articles.control.TextDiff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void chineseChangesAreShownPerCharacterNotAsAWholeLine() {
    List<Segment> diff = TextDiff.diff("請重新啟動印表機。", "請重新啟動網路印表機後再試。", Granularity.WORD);
    assertEquals(
        List.of(
            new Segment(Op.EQUAL, "請重新啟動"),
            new Segment(Op.INSERT, "網路"),
            new Segment(Op.EQUAL, "印表機"),
            new Segment(Op.INSERT, "後再試"),
            new Segment(Op.EQUAL, "。")),
        diff);
  }

  @Test
  void englishChangesAreWholeWords() {
    List<Segment> diff =
        TextDiff.diff("Restart the VPN client.", "Restart the Wi-Fi client.", Granularity.WORD);
    assertEquals(
        List.of(
            new Segment(Op.EQUAL, "Restart the "),
            new Segment(Op.DELETE, "VPN"),
            new Segment(Op.INSERT, "Wi-Fi"),
            new Segment(Op.EQUAL, " client.")),
        diff);
  }

  @Test
  void mixedTextKeepsLatinWordsAndSplitsHan() {
    assertEquals(List.of("連", "線", " ", "VPN2", " ", "失", "敗", "!"), TextDiff.words("連線 VPN2 失敗!"));
  }

  @Test
  void lineLevelComparesWholeLines() {
    List<Segment> diff =
        TextDiff.diff("# 標題\n步驟一\n步驟二\n", "# 標題\n步驟一（更新）\n步驟二\n", Granularity.LINE);
    assertEquals(
        List.of(
            new Segment(Op.EQUAL, "# 標題\n"),
            new Segment(Op.DELETE, "步驟一\n"),
            new Segment(Op.INSERT, "步驟一（更新）\n"),
            new Segment(Op.EQUAL, "步驟二\n")),
        diff);
  }

  @Test
  void segmentsRebuildBothTexts() {
    String a = "第一行\nsecond line 第二行\n最後";
    String b = "第一行！\nsecond lines 第二行\n";
    for (Granularity g : Granularity.values()) {
      List<Segment> diff = TextDiff.diff(a, b, g);
      assertEquals(a, join(diff, Op.INSERT), g.name());
      assertEquals(b, join(diff, Op.DELETE), g.name());
    }
  }

  @Test
  void identicalAndEmptyTexts() {
    assertEquals(List.of(new Segment(Op.EQUAL, "同樣")), TextDiff.diff("同樣", "同樣", Granularity.WORD));
    assertEquals(List.of(), TextDiff.diff("", "", Granularity.LINE));
    assertEquals(List.of(new Segment(Op.INSERT, "新")), TextDiff.diff("", "新", Granularity.WORD));
  }

  private static String join(List<Segment> diff, Op skipped) {
    return diff.stream()
        .filter(s -> s.op() != skipped)
        .map(Segment::text)
        .collect(Collectors.joining());
  }
}
