package io.ticketknowledge.platform.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Also emits every two adjacent Latin (ASCII letter or digit) terms separated by at most one
 * character (a hyphen, a space, a slash) joined: "wi-fi" and "wi fi" give wi, fi and wifi; "WiFi"
 * gives wifi; so Wi-Fi = WiFi = wi fi, e-mail = email, log in = login. The joined terms come after
 * all the others, each at its own position like every token here, so the terms written out with
 * spaces mean the same to Elasticsearch's whitespace tokenizer and phrases of the original terms
 * stay intact.
 */
final class LatinJoinFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final Deque<String> joined = new ArrayDeque<>();

  private String previous;
  private int previousStart;
  private int previousEnd;
  private boolean inputDone;

  LatinJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!inputDone) {
      if (input.incrementToken()) {
        String current = isLatin(term) ? term.toString() : null;
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (current != null && previous != null && start - previousEnd <= 1) {
          joined.add(previous + current);
        }
        previous = current;
        previousStart = start;
        previousEnd = end;
        return true;
      }
      inputDone = true;
    }
    String next = joined.poll();
    if (next == null) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(next);
    // offsets must not go backwards: the last term's; joinedTokens gives the real ones
    offset.setOffset(previousStart, previousEnd);
    return true;
  }

  /** The tokens plus their joins with their real offsets (what snippets mark). */
  static List<TextAnalysis.Token> withJoins(List<TextAnalysis.Token> tokens) {
    List<TextAnalysis.Token> all = new ArrayList<>(tokens);
    for (int i = 1; i < tokens.size(); i++) {
      TextAnalysis.Token a = tokens.get(i - 1);
      TextAnalysis.Token b = tokens.get(i);
      if (isLatin(a.term()) && isLatin(b.term()) && b.start() - a.end() <= 1) {
        all.add(new TextAnalysis.Token(a.term() + b.term(), a.start(), b.end()));
      }
    }
    return all;
  }

  private static boolean isLatin(CharSequence term) {
    if (term.length() == 0) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previous = null;
    previousEnd = 0;
    inputDone = false;
    joined.clear();
  }
}
