package io.ticketknowledge.knowledge.gaps.control;

import io.ticketknowledge.platform.search.analysis.Glossary;
import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups near-duplicate queries into one topic. Each query becomes a set of features: its folded
 * search terms (Traditional = Simplified, width and case folded, English stems, Chinese bigrams,
 * Wi-Fi = WiFi), where the terms of a glossary entry it mentions are replaced by one feature for
 * the entry (印表機, 打印机 and printer are the same feature). Queries are taken most asked first; each
 * joins the first topic whose leading query has a Jaccard similarity of at least {@link #THRESHOLD}
 * with it, or starts a new topic. Greedy and order-dependent, but deterministic, cheap (a few
 * hundred distinct queries) and explainable: the topic is named by its most asked query and lists
 * its variants.
 */
public final class GapClusters {

  /** Share of features two queries must have in common to be one topic. */
  public static final double THRESHOLD = 0.5;

  private static final TextAnalysis ANALYSIS = new TextAnalysis();

  private GapClusters() {}

  /** A normalized query and how often it was asked. */
  public record Asked(String query, long count) {}

  /** One topic: the leading (most asked) query first, then the others. */
  public record Topic(List<Asked> members) {
    public Asked leader() {
      return members.get(0);
    }

    public long asked() {
      return members.stream().mapToLong(Asked::count).sum();
    }

    public List<String> queries() {
      return members.stream().map(Asked::query).toList();
    }
  }

  /**
   * @param asked distinct queries, most asked first
   * @return topics, most asked first
   */
  public static List<Topic> group(List<Asked> asked, Glossary glossary) {
    List<List<Asked>> topics = new ArrayList<>();
    List<Set<String>> leaders = new ArrayList<>();
    for (Asked query : asked) {
      Set<String> features = features(query.query(), glossary);
      int joined = -1;
      for (int t = 0; t < topics.size() && joined < 0; t++) {
        if (similarity(features, leaders.get(t)) >= THRESHOLD) {
          joined = t;
        }
      }
      if (joined < 0) {
        topics.add(new ArrayList<>(List.of(query)));
        leaders.add(features);
      } else {
        topics.get(joined).add(query);
      }
    }
    return topics.stream()
        .map(Topic::new)
        .sorted((a, b) -> Long.compare(b.asked(), a.asked()))
        .toList();
  }

  static Set<String> features(String query, Glossary glossary) {
    List<String> folded = ANALYSIS.foldedTerms(query);
    boolean[] covered = new boolean[folded.size()];
    Set<String> features = new HashSet<>();
    for (Glossary.Match match : glossary.matches(folded)) {
      features.add("#glossary-" + match.set());
      for (int i = match.start(); i < match.start() + match.length(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < folded.size(); i++) {
      if (!covered[i]) {
        features.add(folded.get(i));
      }
    }
    return features;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / (a.size() + b.size() - common.size());
  }
}
