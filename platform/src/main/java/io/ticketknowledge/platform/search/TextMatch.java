package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a free-text query asks of each text field, the same for both adapters: any of the word terms
 * (field boost), all of them as a phrase ({@link #PHRASE_BOOST} times the field boost) and any of
 * the single CJK characters ({@link #CHARACTER_BOOST} times). At least one must match.
 *
 * @param words distinct word terms, in query order
 * @param phrase all word terms in order (a phrase only when there are at least two)
 * @param characters distinct single CJK characters
 */
public record TextMatch(List<String> words, List<String> phrase, List<String> characters) {

  public static final float PHRASE_BOOST = 2f;
  public static final float CHARACTER_BOOST = 0.3f;

  /** Suffix of the field holding the word terms of a text field. */
  public static final String WORDS_SUFFIX = "__t";

  /** Suffix of the field holding the single CJK characters of a text field. */
  public static final String CHARACTERS_SUFFIX = "__u";

  /** The document id as a sortable keyword: the tie-breaker of every order. */
  public static final String ID_FIELD = "tk_id";

  public static TextMatch of(TextAnalysis analysis, String text) {
    List<String> phrase = analysis.wordTerms(text);
    return new TextMatch(
        new ArrayList<>(new LinkedHashSet<>(phrase)),
        phrase.size() > 1 ? phrase : List.of(),
        new ArrayList<>(new LinkedHashSet<>(analysis.characterTerms(text))));
  }

  public boolean isEmpty() {
    return words.isEmpty() && characters.isEmpty();
  }

  public static String words(String field) {
    return field + WORDS_SUFFIX;
  }

  public static String characters(String field) {
    return field + CHARACTERS_SUFFIX;
  }
}
