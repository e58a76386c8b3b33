package io.ticketknowledge.platform.search.lucene;

import io.ticketknowledge.platform.search.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of keyword fields over every document the query matches (so filters and
 * permissions, which are part of the query, shape the counts): most frequent first, ties by value.
 */
final class FacetCounter
    implements CollectorManager<FacetCounter.Counts, Map<String, List<FacetCount>>> {

  private final List<String> fields;
  private final int size;

  FacetCounter(List<String> fields, int size) {
    this.fields = fields;
    this.size = size;
  }

  @Override
  public Counts newCollector() {
    return new Counts();
  }

  @Override
  public Map<String, List<FacetCount>> reduce(Collection<Counts> collectors) {
    Map<String, Map<String, Long>> merged = new HashMap<>();
    for (Counts counts : collectors) {
      counts.flush();
      counts.totals.forEach(
          (field, values) -> {
            Map<String, Long> into = merged.computeIfAbsent(field, f -> new HashMap<>());
            values.forEach((value, count) -> into.merge(value, count, Long::sum));
          });
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String field : fields) {
      facets.put(
          field,
          merged.getOrDefault(field, Map.of()).entrySet().stream()
              .map(e -> new FacetCount(e.getKey(), e.getValue()))
              .sorted(
                  Comparator.comparingLong(FacetCount::count)
                      .reversed()
                      .thenComparing(FacetCount::value))
              .limit(size)
              .toList());
    }
    return facets;
  }

  /** Counts ordinals per segment and turns them into values when the segment is done. */
  final class Counts implements Collector {
    private final Map<String, Map<String, Long>> totals = new HashMap<>();
    private final List<SortedSetDocValues> segmentValues = new ArrayList<>();
    private final List<long[]> segmentCounts = new ArrayList<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      flush();
      for (String field : fields) {
        SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
        segmentValues.add(values);
        segmentCounts.add(new long[(int) values.getValueCount()]);
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int i = 0; i < fields.size(); i++) {
            SortedSetDocValues values = segmentValues.get(i);
            if (values.advanceExact(doc)) {
              long[] counts = segmentCounts.get(i);
              for (int n = 0; n < values.docValueCount(); n++) {
                counts[(int) values.nextOrd()]++;
              }
            }
          }
        }
      };
    }

    void flush() {
      try {
        for (int i = 0; i < segmentValues.size(); i++) {
          Map<String, Long> into = totals.computeIfAbsent(fields.get(i), f -> new HashMap<>());
          long[] counts = segmentCounts.get(i);
          for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
              into.merge(
                  segmentValues.get(i).lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
            }
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      segmentValues.clear();
      segmentCounts.clear();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
