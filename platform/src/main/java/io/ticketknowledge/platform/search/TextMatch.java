package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.analysis.Glossary;
import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a free-text query asks of each text field, the same for both adapters. In the words field:
 * any of the word terms (field boost), all of them as a phrase ({@link #PHRASE_BOOST}) and, for
 * Latin terms of {@value #FUZZY_MIN_LENGTH} letters or more, the terms one edit away ({@link
 * #FUZZY_BOOST}). In the characters field: any single CJK character ({@link #CHARACTER_BOOST}). In
 * the folded field (indexes with {@link IndexDefinition#foldedText()}): any folded term and the
 * folded phrase ({@link #FOLDED_BOOST}, Simplified = Traditional, Wi-Fi = WiFi), and each glossary
 * alternative as a phrase ({@link #ALTERNATIVE_BOOST}). At least one must match; an exact match
 * scores in every clause, so it ranks above a converted, glossary or fuzzy one.
 *
 * @param words distinct word terms, in query order
 * @param phrase all word terms in order (a phrase only when there are at least two)
 * @param characters distinct single CJK characters
 * @param folded distinct folded terms (with joined Latin terms)
 * @param foldedPhrase the folded terms in order without joins (only when at least two)
 * @param alternatives folded term sequences of the glossary's other terms for the query's terms
 * @param fuzzy word terms that also match one edit away
 */
public record TextMatch(
    List<String> words,
    List<String> phrase,
    List<String> characters,
    List<String> folded,
    List<String> foldedPhrase,
    List<List<String>> alternatives,
    List<String> fuzzy) {

  public static final float PHRASE_BOOST = 2f;
  public static final float CHARACTER_BOOST = 0.3f;
  public static final float FOLDED_BOOST = 0.6f;
  public static final float ALTERNATIVE_BOOST = 0.5f;
  public static final float FUZZY_BOOST = 0.2f;
  public static final int FUZZY_MIN_LENGTH = 5;

  /**
   * Fuzzy terms only for queries of at most this many word terms (a search typed in a box, not a
   * ticket description given to suggestions), and at most {@link #FUZZY_MAX_TERMS} of them: each
   * fuzzy term walks the term dictionary, and long texts find enough without.
   */
  public static final int FUZZY_MAX_QUERY_TERMS = 6;

  public static final int FUZZY_MAX_TERMS = 3;

  /** Edits a fuzzy term may be away from the query term (Damerau: a transposition is one). */
  public static final int FUZZY_EDITS = 1;

  /** Terms a fuzzy term expands to at most (the same on both engines). */
  public static final int FUZZY_EXPANSIONS = 50;

  /** Suffix of the field holding the word terms of a text field. */
  public static final String WORDS_SUFFIX = "__t";

  /** Suffix of the field holding the single CJK characters of a text field. */
  public static final String CHARACTERS_SUFFIX = "__u";

  /** Suffix of the field holding the folded terms of a text field. */
  public static final String FOLDED_SUFFIX = "__f";

  /** The document id as a sortable keyword: the tie-breaker of every order. */
  public static final String ID_FIELD = "tk_id";

  private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

  public TextMatch {
    words = List.copyOf(words);
    phrase = List.copyOf(phrase);
    characters = List.copyOf(characters);
    folded = List.copyOf(folded);
    foldedPhrase = List.copyOf(foldedPhrase);
    alternatives = List.copyOf(alternatives);
    fuzzy = List.copyOf(fuzzy);
  }

  /** The query without a glossary. */
  public static TextMatch of(TextAnalysis analysis, String text) {
    return of(analysis, Glossary.empty(), text);
  }

  public static TextMatch of(TextAnalysis analysis, Glossary glossary, String text) {
    List<String> phrase = analysis.wordTerms(text);
    List<String> words = new ArrayList<>(new LinkedHashSet<>(phrase));
    List<TextAnalysis.Token> phraseTokens = analysis.foldedPhraseTokens(text);
    List<String> foldedPhrase = phraseTokens.stream().map(TextAnalysis.Token::term).toList();
    List<String> folded =
        TextAnalysis.withJoins(phraseTokens).stream().map(TextAnalysis.Token::term).toList();
    return new TextMatch(
        words,
        phrase.size() > 1 ? phrase : List.of(),
        new ArrayList<>(new LinkedHashSet<>(analysis.characterTerms(text))),
        new ArrayList<>(new LinkedHashSet<>(folded)),
        foldedPhrase.size() > 1 ? foldedPhrase : List.of(),
        glossary.alternatives(folded),
        words.size() > FUZZY_MAX_QUERY_TERMS
            ? List.of()
            : words.stream()
                .filter(w -> w.length() >= FUZZY_MIN_LENGTH && LATIN_WORD.matcher(w).matches())
                .limit(FUZZY_MAX_TERMS)
                .toList());
  }

  public boolean isEmpty() {
    return words.isEmpty() && characters.isEmpty() && folded.isEmpty();
  }

  public static String words(String field) {
    return field + WORDS_SUFFIX;
  }

  public static String characters(String field) {
    return field + CHARACTERS_SUFFIX;
  }

  public static String folded(String field) {
    return field + FOLDED_SUFFIX;
  }
}
