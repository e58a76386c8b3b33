package io.ticketknowledge.knowledge.articles.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Differences between two texts as a list of segments (equal, deleted, inserted), at line level or
 * word level. Words are what a reader sees as one unit: a run of Latin letters and digits, one Han,
 * kana or Hangul character (Chinese has no spaces, so a changed character is the smallest readable
 * change), one run of spaces, one punctuation mark. Deletions come before insertions at the same
 * place, and adjacent segments of one kind are merged.
 */
public final class TextDiff {

  public enum Granularity {
    LINE,
    WORD
  }

  public enum Op {
    EQUAL,
    DELETE,
    INSERT
  }

  public record Segment(Op op, String text) {}

  private TextDiff() {}

  public static List<Segment> diff(String from, String to, Granularity granularity) {
    List<String> a = granularity == Granularity.LINE ? lines(from) : words(from);
    List<String> b = granularity == Granularity.LINE ? lines(to) : words(to);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      append(segments, Op.EQUAL, a.subList(position, start));
      append(segments, Op.DELETE, delta.getSource().getLines());
      append(segments, Op.INSERT, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    append(segments, Op.EQUAL, a.subList(position, a.size()));
    return segments;
  }

  private static void append(List<Segment> segments, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).op() == op) {
      segments.set(last, new Segment(op, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(op, text));
    }
  }

  /** Lines with their line breaks, so joining the tokens gives the text back. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Word tokens as described above; joining them gives the text back. */
  static List<String> words(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (isIdeographic(cp)) {
        // one character per token
      } else if (Character.isLetterOrDigit(cp)) {
        while (end < text.length()) {
          int next = text.codePointAt(end);
          if (!Character.isLetterOrDigit(next) || isIdeographic(next)) {
            break;
          }
          end += Character.charCount(next);
        }
      } else if (Character.isWhitespace(cp)) {
        while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  private static boolean isIdeographic(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return Character.isIdeographic(cp)
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO;
  }
}
