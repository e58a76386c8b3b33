package io.ticketknowledge.platform.search.analysis;

import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.FieldType;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.Snippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a snippet of the original text around the query's matches. Both adapters use it, so snippets
 * are the same whatever engine found the hit; the engines cannot highlight themselves because
 * Elasticsearch only sees the analyzed tokens. Offsets come from re-analyzing the original text, so
 * a match on folded text (vpn) highlights the original form (ＶＰＮ).
 */
public final class SnippetMaker {

  private static final String ELLIPSIS = "…";

  /** Marks a folded query term in the set {@link #queryTerms(String, Glossary)} returns. */
  private static final String FOLDED_MARK = "\u0001";

  /** In the query terms: mark folded forms even where words matched (a Simplified query). */
  private static final String ALWAYS_FOLDED = "\u0002";

  private final TextAnalysis analysis;
  private final int length;

  public SnippetMaker(TextAnalysis analysis, int length) {
    this.analysis = analysis;
    this.length = length;
  }

  /** The query's terms in the form {@link #snippet} compares them. */
  public Set<String> queryTerms(String queryText) {
    Set<String> terms = new HashSet<>(analysis.wordTerms(queryText));
    terms.addAll(analysis.characterTerms(queryText));
    return terms;
  }

  /**
   * The query's terms plus its folded terms and the glossary's alternatives, so a Traditional text
   * found by a Simplified query (or 印表機 found by "printer") is highlighted too.
   */
  public Set<String> queryTerms(String queryText, Glossary glossary) {
    Set<String> terms = queryTerms(queryText);
    List<String> folded = analysis.foldedTerms(queryText);
    folded.forEach(t -> terms.add(FOLDED_MARK + t));
    List<List<String>> alternatives = glossary.alternatives(folded);
    alternatives.forEach(a -> a.forEach(t -> terms.add(FOLDED_MARK + t)));
    if (!alternatives.isEmpty() || ScriptFoldFilter.hasSimplifiedForms(queryText)) {
      terms.add(ALWAYS_FOLDED);
    }
    return terms;
  }

  /** A snippet of {@code text} with the matches of {@code queryTerms}, or empty without a match. */
  /** A snippet per text field of the document that matches, keyed by field name. */
  public Map<String, Snippet> snippets(
      IndexDefinition definition, Map<String, Object> typedFields, Set<String> queryTerms) {
    Map<String, Snippet> found = new LinkedHashMap<>();
    if (queryTerms.isEmpty()) {
      return found;
    }
    for (FieldDefinition field : definition.fieldsOf(FieldType.TEXT)) {
      snippet((String) typedFields.get(field.name()), queryTerms)
          .ifPresent(s -> found.put(field.name(), s));
    }
    return found;
  }

  public Optional<Snippet> snippet(String text, Set<String> queryTerms) {
    if (text == null || text.isEmpty() || queryTerms.isEmpty()) {
      return Optional.empty();
    }
    List<int[]> spans = new ArrayList<>();
    for (TextAnalysis.Token token : analysis.wordTokens(text)) {
      if (queryTerms.contains(token.term())) {
        spans.add(new int[] {token.start(), token.end()});
      }
    }
    boolean wordsMatched = !spans.isEmpty();
    for (TextAnalysis.Token token : analysis.characterTokens(text)) {
      if (queryTerms.contains(token.term())) {
        spans.add(new int[] {token.start(), token.end()});
      }
    }
    // folded forms for a query in Simplified or with glossary terms, else only where the query's
    // words matched none of the text's: one analysis less per hit for a Traditional query
    if ((!wordsMatched || queryTerms.contains(ALWAYS_FOLDED))
        && queryTerms.stream().anyMatch(t -> t.startsWith(FOLDED_MARK))) {
      for (TextAnalysis.Token token : analysis.foldedTokens(text)) {
        if (queryTerms.contains(FOLDED_MARK + token.term())) {
          spans.add(new int[] {token.start(), token.end()});
        }
      }
    }
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    List<int[]> merged = merge(spans);
    int from = windowStart(text, merged);
    int to = Math.min(text.length(), from + length);
    if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    String prefix = from > 0 ? ELLIPSIS : "";
    String suffix = to < text.length() ? ELLIPSIS : "";
    List<Snippet.Range> ranges = new ArrayList<>();
    for (int[] span : merged) {
      if (span[0] >= from && span[1] <= to) {
        ranges.add(
            new Snippet.Range(span[0] - from + prefix.length(), span[1] - from + prefix.length()));
      }
    }
    return Optional.of(new Snippet(prefix + text.substring(from, to) + suffix, ranges));
  }

  /** Overlapping or touching spans (the bigrams 印表 + 表機) become one highlight (印表機). */
  private static List<int[]> merge(List<int[]> spans) {
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(new int[] {span[0], span[1]});
      }
    }
    return merged;
  }

  /**
   * The window of {@code length} characters holding the most matches, a little before the first.
   */
  private int windowStart(String text, List<int[]> spans) {
    if (text.length() <= length) {
      return 0;
    }
    int lead = length / 5;
    int bestStart = 0;
    int bestCount = -1;
    for (int[] candidate : spans) {
      int start = Math.max(0, Math.min(candidate[0] - lead, text.length() - length));
      int end = start + length;
      int count = 0;
      for (int[] span : spans) {
        if (span[0] >= start && span[1] <= end) {
          count++;
        }
      }
      if (count > bestCount) {
        bestCount = count;
        bestStart = start;
      }
    }
    // do not cut a surrogate pair in two
    if (bestStart > 0 && Character.isLowSurrogate(text.charAt(bestStart))) {
      bestStart--;
    }
    return bestStart;
  }
}
