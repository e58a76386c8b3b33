package io.ticketknowledge.platform.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs after the Porter stemmer and drops an agent "er" from Latin stems of at least four letters
 * before it, so "printer" meets "print" and "printing" (Porter keeps "printer"). Help-desk queries
 * name the device ("printer", "router", "scanner") while articles describe the act ("print",
 * "route", "scan"); index and query go through the same chain, so both sides agree. Short words
 * ("user", "other", "paper") keep their ending.
 */
final class AgentSuffixFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AgentSuffixFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (length >= 6 && term.charAt(length - 2) == 'e' && term.charAt(length - 1) == 'r') {
      for (int i = 0; i < length - 2; i++) {
        char c = term.charAt(i);
        if (c < 'a' || c > 'z') {
          return true;
        }
      }
      term.setLength(length - 2);
    }
    return true;
  }
}
