package io.ticketknowledge.platform.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets of terms that mean the same thing — synonyms within a language (laptop, notebook), across
 * zh-TW and English (印表機, printer) and regional vocabulary (印表機, 打印机): a query that contains one
 * term of a set also looks for the others. Applied at query time only, so a change takes effect
 * with the next query and never needs a reindex. Terms are compared after the folded analysis
 * ({@link TextAnalysis#folded()}): width, case, script (Traditional/Simplified), stems and hyphens
 * do not matter (印表機 = 印表机, Printers = printer).
 */
public final class Glossary {

  /** Seed terms shipped with the platform: common help-desk vocabulary. */
  public static final String SEED_RESOURCE = "it-glossary.txt";

  private static final TextAnalysis ANALYSIS = new TextAnalysis();
  private static final int MAX_ALTERNATIVES = 12;
  private static final Glossary EMPTY = new Glossary(List.of());

  private final List<List<String>> sets;

  /** Per first folded term: the sets (index) and the folded term sequence starting with it. */
  private final Map<String, List<Candidate>> byFirstTerm = new HashMap<>();

  /** Per set: the folded sequence of each of its terms. */
  private final List<List<List<String>>> folded = new ArrayList<>();

  private record Candidate(int set, List<String> sequence) {}

  private Glossary(Collection<? extends Collection<String>> sets) {
    List<List<String>> kept = new ArrayList<>();
    for (Collection<String> set : sets) {
      List<String> terms = set.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
      List<List<String>> sequences = new ArrayList<>();
      for (String term : terms) {
        List<String> sequence = ANALYSIS.foldedPhraseTerms(term);
        if (!sequence.isEmpty() && !sequences.contains(sequence)) {
          sequences.add(sequence);
        }
      }
      if (sequences.size() < 2) {
        continue;
      }
      int index = kept.size();
      kept.add(terms);
      folded.add(sequences);
      for (List<String> sequence : sequences) {
        byFirstTerm
            .computeIfAbsent(sequence.get(0), k -> new ArrayList<>())
            .add(new Candidate(index, sequence));
      }
    }
    this.sets = List.copyOf(kept);
  }

  public static Glossary of(Collection<? extends Collection<String>> sets) {
    return sets.isEmpty() ? EMPTY : new Glossary(sets);
  }

  public static Glossary empty() {
    return EMPTY;
  }

  /** The platform's seed glossary (a few hundred help-desk terms in zh-TW, zh-CN and English). */
  public static Glossary seed() {
    return SeedHolder.SEED;
  }

  /** The seed sets as written in {@link #SEED_RESOURCE}: one set per line, terms split by |. */
  public static List<List<String>> seedSets() {
    try (InputStream in = Glossary.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SEED_RESOURCE);
      }
      List<List<String>> sets = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> terms = new ArrayList<>();
        for (String term : trimmed.split("\\|")) {
          if (!term.isBlank()) {
            terms.add(term.strip());
          }
        }
        sets.add(terms);
      }
      return sets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<List<String>> sets() {
    return sets;
  }

  public int size() {
    return sets.size();
  }

  /**
   * The folded term sequences to look for besides the query's own: for every set with a term found
   * (as a contiguous run of folded terms, {@link TextAnalysis#foldedTerms}) in {@code foldedQuery},
   * the set's other terms. At most {@value #MAX_ALTERNATIVES}, in the order found.
   */
  public List<List<String>> alternatives(List<String> foldedQuery) {
    if (byFirstTerm.isEmpty() || foldedQuery.isEmpty()) {
      return List.of();
    }
    Set<List<String>> found = new LinkedHashSet<>();
    for (int set : matchedSets(foldedQuery)) {
      for (List<String> sequence : folded.get(set)) {
        if (!contains(foldedQuery, sequence) && found.size() < MAX_ALTERNATIVES) {
          found.add(sequence);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The indexes (into {@link #sets()}) of the sets with a term found in {@code foldedQuery}: what a
   * query is about, whichever of the set's terms it used (for grouping similar queries).
   */
  public Set<Integer> matchedSets(List<String> foldedQuery) {
    Set<Integer> matched = new LinkedHashSet<>();
    matches(foldedQuery).forEach(m -> matched.add(m.set()));
    return matched;
  }

  /** A term of set {@code set} found at {@code start} in a query, {@code length} terms long. */
  public record Match(int set, int start, int length) {}

  /** Every term of a set found in {@code foldedQuery}, in the order found. */
  public List<Match> matches(List<String> foldedQuery) {
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < foldedQuery.size(); i++) {
      for (Candidate candidate : byFirstTerm.getOrDefault(foldedQuery.get(i), List.of())) {
        if (startsAt(foldedQuery, i, candidate.sequence())) {
          matches.add(new Match(candidate.set(), i, candidate.sequence().size()));
        }
      }
    }
    return matches;
  }

  private static boolean contains(List<String> query, List<String> sequence) {
    for (int i = 0; i + sequence.size() <= query.size(); i++) {
      if (startsAt(query, i, sequence)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(List<String> query, int at, List<String> sequence) {
    if (at + sequence.size() > query.size()) {
      return false;
    }
    for (int j = 0; j < sequence.size(); j++) {
      if (!query.get(at + j).equals(sequence.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static final class SeedHolder {
    static final Glossary SEED = new Glossary(seedSets());
  }
}
