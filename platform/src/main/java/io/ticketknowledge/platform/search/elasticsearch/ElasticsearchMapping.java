package io.ticketknowledge.platform.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.IndexOptions;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.TextMatch;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Elasticsearch mapping of an index definition. Text is analyzed by the application ({@link
 * io.ticketknowledge.platform.search.analysis.TextAnalysis}) and indexed as space-separated terms
 * with the built-in {@code whitespace} analyzer, because the analyzers we need (CJK width, bigrams,
 * stemming) live in a module not every Elasticsearch has. The original text stays in {@code
 * _source} (not indexed) for snippets; the term fields are left out of {@code _source}.
 */
final class ElasticsearchMapping {

  static final String VERSION = "tk_version";
  static final String FINGERPRINT = "tk_fingerprint";
  static final String WHITESPACE = "whitespace";

  private ElasticsearchMapping() {}

  static TypeMapping of(IndexDefinition definition) {
    Map<String, Property> properties = new LinkedHashMap<>();
    properties.put(TextMatch.ID_FIELD, Property.of(p -> p.keyword(k -> k)));
    for (FieldDefinition field : definition.fields().values()) {
      String name = field.name();
      switch (field.type()) {
        case TEXT -> {
          properties.put(name, Property.of(p -> p.text(t -> t.index(false))));
          properties.put(
              TextMatch.words(name), Property.of(p -> p.text(t -> t.analyzer(WHITESPACE))));
          properties.put(
              TextMatch.characters(name),
              Property.of(
                  p -> p.text(t -> t.analyzer(WHITESPACE).indexOptions(IndexOptions.Freqs))));
          if (definition.foldedText()) {
            properties.put(
                TextMatch.folded(name), Property.of(p -> p.text(t -> t.analyzer(WHITESPACE))));
          }
        }
        case KEYWORD -> properties.put(name, Property.of(p -> p.keyword(k -> k)));
        case DATE -> properties.put(name, Property.of(p -> p.date(d -> d.format("epoch_millis"))));
        case LONG -> properties.put(name, Property.of(p -> p.long_(l -> l)));
      }
    }
    return TypeMapping.of(
        m ->
            m.dynamic(DynamicMapping.Strict)
                .meta(VERSION, JsonData.of(definition.version()))
                .meta(FINGERPRINT, JsonData.of(definition.fingerprint()))
                .source(
                    s ->
                        s.excludes(
                            "*" + TextMatch.WORDS_SUFFIX,
                            "*" + TextMatch.CHARACTERS_SUFFIX,
                            "*" + TextMatch.FOLDED_SUFFIX))
                .properties(properties));
  }
}
