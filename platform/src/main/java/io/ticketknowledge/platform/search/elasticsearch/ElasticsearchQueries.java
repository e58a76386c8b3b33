package io.ticketknowledge.platform.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.QueryCheck;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.TextMatch;
import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.util.List;

/**
 * Elasticsearch queries for the port's query model, clause for clause what {@code LuceneQueries}
 * builds. Query text is analyzed here with the same analysis as the documents; the whitespace
 * analyzer of the fields then only splits the terms again.
 */
final class ElasticsearchQueries {

  private ElasticsearchQueries() {}

  static Query text(IndexDefinition definition, SearchQuery query, TextMatch match) {
    if (match.isEmpty()) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    BoolQuery.Builder any = new BoolQuery.Builder();
    for (FieldDefinition field : query.textFields(definition)) {
      Filter.AnyOf shownWhere = query.shownWhere().get(field.name());
      // a field shown only on some documents is matched only there
      BoolQuery.Builder target = shownWhere == null ? any : new BoolQuery.Builder();
      String words = TextMatch.words(field.name());
      if (!match.words().isEmpty()) {
        String terms = String.join(" ", match.words());
        target.should(q -> q.match(m -> m.field(words).query(terms).boost(field.boost())));
      }
      if (!match.phrase().isEmpty()) {
        String phrase = String.join(" ", match.phrase());
        target.should(
            q ->
                q.matchPhrase(
                    m ->
                        m.field(words)
                            .query(phrase)
                            .boost(field.boost() * TextMatch.PHRASE_BOOST)));
      }
      if (!match.characters().isEmpty()) {
        String characters = String.join(" ", match.characters());
        target.should(
            q ->
                q.match(
                    m ->
                        m.field(TextMatch.characters(field.name()))
                            .query(characters)
                            .boost(field.boost() * TextMatch.CHARACTER_BOOST)));
      }
      if (!match.fuzzy().isEmpty()) {
        BoolQuery.Builder terms = new BoolQuery.Builder();
        for (String term : match.fuzzy()) {
          terms.should(
              q ->
                  q.fuzzy(
                      f ->
                          f.field(words)
                              .value(term)
                              .fuzziness(String.valueOf(TextMatch.FUZZY_EDITS))
                              .prefixLength(0)
                              .maxExpansions(TextMatch.FUZZY_EXPANSIONS)
                              .transpositions(true)));
        }
        target.should(q -> q.bool(terms.boost(field.boost() * TextMatch.FUZZY_BOOST).build()));
      }
      if (definition.foldedText()) {
        folded(target, field, match);
      }
      if (shownWhere != null) {
        Query within = Query.of(q -> q.bool(target.minimumShouldMatch("1").build()));
        any.should(q -> q.bool(b -> b.must(within).filter(filter(shownWhere))));
      }
    }
    return Query.of(q -> q.bool(any.minimumShouldMatch("1").build()));
  }

  /** The folded terms, the folded phrase and the glossary's alternatives (each a phrase). */
  private static void folded(BoolQuery.Builder any, FieldDefinition field, TextMatch match) {
    String folded = TextMatch.folded(field.name());
    float boost = field.boost() * TextMatch.FOLDED_BOOST;
    if (!match.folded().isEmpty()) {
      String terms = String.join(" ", match.folded());
      any.should(q -> q.match(m -> m.field(folded).query(terms).boost(boost)));
    }
    if (!match.foldedPhrase().isEmpty()) {
      String phrase = String.join(" ", match.foldedPhrase());
      any.should(
          q ->
              q.matchPhrase(
                  m -> m.field(folded).query(phrase).boost(boost * TextMatch.PHRASE_BOOST)));
    }
    for (List<String> alternative : match.alternatives()) {
      String phrase = String.join(" ", alternative);
      any.should(
          q ->
              q.matchPhrase(
                  m ->
                      m.field(folded)
                          .query(phrase)
                          .boost(field.boost() * TextMatch.ALTERNATIVE_BOOST)));
    }
  }

  static Query moreLikeThis(List<FieldDefinition> textFields, TextAnalysis analysis, String text) {
    List<String> fields = textFields.stream().map(f -> TextMatch.words(f.name())).toList();
    String terms = analysis.wordTermsLine(text);
    if (terms.isEmpty()) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    return Query.of(
        q ->
            q.moreLikeThis(
                m ->
                    m.fields(fields)
                        .like(l -> l.text(terms))
                        .minTermFreq(1)
                        .minDocFreq(1)
                        .maxQueryTerms(25)
                        .minimumShouldMatch("1")));
  }

  static Query withConditions(Query scoring, List<Filter> conditions, String excludedId) {
    BoolQuery.Builder query = new BoolQuery.Builder();
    query.must(scoring == null ? Query.of(q -> q.matchAll(m -> m)) : scoring);
    for (Filter condition : conditions) {
      query.filter(filter(condition));
    }
    if (excludedId != null) {
      query.mustNot(q -> q.ids(i -> i.values(excludedId)));
    }
    return Query.of(q -> q.bool(query.build()));
  }

  private static Query filter(Filter condition) {
    if (condition instanceof Filter.Range range) {
      Long from = QueryCheck.boundValue(range.from());
      Long to = QueryCheck.boundValue(range.to());
      return Query.of(
          q ->
              q.range(
                  r ->
                      r.untyped(
                          u -> {
                            u.field(range.field());
                            if (from != null) {
                              u.gte(JsonData.of(from));
                            }
                            if (to != null) {
                              u.lte(JsonData.of(to));
                            }
                            return u;
                          })));
    }
    Filter.AnyOf anyOf = (Filter.AnyOf) condition;
    if (anyOf.values().isEmpty()) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    List<FieldValue> values = anyOf.values().stream().sorted().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(anyOf.field()).terms(v -> v.value(values))));
  }
}
