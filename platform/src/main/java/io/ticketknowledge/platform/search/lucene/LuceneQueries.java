package io.ticketknowledge.platform.search.lucene;

import io.ticketknowledge.platform.search.Cursor;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.QueryCheck;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.SortOrder;
import io.ticketknowledge.platform.search.TextMatch;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Lucene queries for the port's query model; the Elasticsearch adapter mirrors each clause. */
final class LuceneQueries {

  private LuceneQueries() {}

  /** Any word, the phrase and any character, per text field, at least one of them. */
  static Query text(IndexDefinition definition, SearchQuery query, TextMatch match) {
    if (match.isEmpty()) {
      return new MatchNoDocsQuery("no terms in the query text");
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (FieldDefinition field : query.textFields(definition)) {
      Filter.AnyOf shownWhere = query.shownWhere().get(field.name());
      // a field shown only on some documents is matched only there
      BooleanQuery.Builder target = shownWhere == null ? any : new BooleanQuery.Builder();
      String words = TextMatch.words(field.name());
      if (!match.words().isEmpty()) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        match.words().forEach(t -> terms.add(new TermQuery(new Term(words, t)), Occur.SHOULD));
        target.add(new BoostQuery(terms.build(), field.boost()), Occur.SHOULD);
      }
      if (!match.phrase().isEmpty()) {
        PhraseQuery phrase = new PhraseQuery(words, match.phrase().toArray(String[]::new));
        target.add(new BoostQuery(phrase, field.boost() * TextMatch.PHRASE_BOOST), Occur.SHOULD);
      }
      if (!match.characters().isEmpty()) {
        String characters = TextMatch.characters(field.name());
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        match
            .characters()
            .forEach(t -> terms.add(new TermQuery(new Term(characters, t)), Occur.SHOULD));
        target.add(
            new BoostQuery(terms.build(), field.boost() * TextMatch.CHARACTER_BOOST), Occur.SHOULD);
      }
      if (!match.fuzzy().isEmpty()) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        match
            .fuzzy()
            .forEach(
                t ->
                    terms.add(
                        new FuzzyQuery(
                            new Term(words, t),
                            TextMatch.FUZZY_EDITS,
                            0,
                            TextMatch.FUZZY_EXPANSIONS,
                            true),
                        Occur.SHOULD));
        target.add(
            new BoostQuery(terms.build(), field.boost() * TextMatch.FUZZY_BOOST), Occur.SHOULD);
      }
      if (definition.foldedText()) {
        folded(target, field, match);
      }
      if (shownWhere != null) {
        BooleanQuery.Builder within = new BooleanQuery.Builder();
        within.add(target.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
        within.add(filter(shownWhere), Occur.FILTER);
        any.add(within.build(), Occur.SHOULD);
      }
    }
    return any.setMinimumNumberShouldMatch(1).build();
  }

  /** The folded terms, the folded phrase and the glossary's alternatives (each a phrase). */
  private static void folded(BooleanQuery.Builder any, FieldDefinition field, TextMatch match) {
    String folded = TextMatch.folded(field.name());
    float boost = field.boost() * TextMatch.FOLDED_BOOST;
    if (!match.folded().isEmpty()) {
      BooleanQuery.Builder terms = new BooleanQuery.Builder();
      match.folded().forEach(t -> terms.add(new TermQuery(new Term(folded, t)), Occur.SHOULD));
      any.add(new BoostQuery(terms.build(), boost), Occur.SHOULD);
    }
    if (!match.foldedPhrase().isEmpty()) {
      PhraseQuery phrase = new PhraseQuery(folded, match.foldedPhrase().toArray(String[]::new));
      any.add(new BoostQuery(phrase, boost * TextMatch.PHRASE_BOOST), Occur.SHOULD);
    }
    for (List<String> alternative : match.alternatives()) {
      PhraseQuery phrase = new PhraseQuery(folded, alternative.toArray(String[]::new));
      any.add(new BoostQuery(phrase, field.boost() * TextMatch.ALTERNATIVE_BOOST), Occur.SHOULD);
    }
  }

  /** The scoring part combined with filters and permissions, which never score. */
  static Query withConditions(Query scoring, List<Filter> conditions, String excludedId) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(scoring == null ? new MatchAllDocsQuery() : scoring, Occur.MUST);
    for (Filter condition : conditions) {
      query.add(filter(condition), Occur.FILTER);
    }
    if (excludedId != null) {
      query.add(new TermQuery(new Term(TextMatch.ID_FIELD, excludedId)), Occur.MUST_NOT);
    }
    return query.build();
  }

  private static Query filter(Filter condition) {
    if (condition instanceof Filter.Range range) {
      Long from = QueryCheck.boundValue(range.from());
      Long to = QueryCheck.boundValue(range.to());
      return LongPoint.newRangeQuery(
          range.field(), from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to);
    }
    Filter.AnyOf anyOf = (Filter.AnyOf) condition;
    return anyOf.values().isEmpty()
        ? new MatchNoDocsQuery("no value allowed for " + anyOf.field())
        : new TermInSetQuery(anyOf.field(), anyOf.values().stream().map(BytesRef::new).toList());
  }

  /** The order, always ending with the id; documents without the sort field come last. */
  static Sort sort(SortOrder order) {
    SortField id = new SortField(TextMatch.ID_FIELD, SortField.Type.STRING);
    if (order.byRelevance()) {
      return new Sort(SortField.FIELD_SCORE, id);
    }
    SortField field = new SortField(order.field(), SortField.Type.LONG, order.descending());
    field.setMissingValue(order.descending() ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(field, id);
  }

  /** Where the next page starts, for searchAfter. */
  static FieldDoc after(Cursor cursor, int maxDoc) {
    Object primary =
        cursor.primary() instanceof Double score ? (Object) score.floatValue() : cursor.primary();
    // the last doc id skips the one document that ties on every sort value: the cursor's own
    return new FieldDoc(maxDoc - 1, Float.NaN, new Object[] {primary, new BytesRef(cursor.id())});
  }

  static Cursor cursorOf(FieldDoc last) {
    Object primary = last.fields[0];
    Object value = primary instanceof Float score ? (Object) score.doubleValue() : primary;
    return new Cursor(value, ((BytesRef) last.fields[1]).utf8ToString());
  }
}
