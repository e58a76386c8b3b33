package io.ticketknowledge.platform.search.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketknowledge.platform.search.DocumentValues;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.TextMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a search document into a Lucene document: the id (term + sort values), the JSON source (for
 * hits, snippets, more-like-this and updates), and per field what the queries need.
 */
final class LuceneDocuments {

  static final String SOURCE = "tk_source";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** Single CJK characters: no phrases on this field, so no positions. */
  private static final FieldType CHARACTERS = new FieldType();

  static {
    CHARACTERS.setTokenized(true);
    CHARACTERS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    CHARACTERS.freeze();
  }

  private LuceneDocuments() {}

  static Document toLucene(IndexDefinition definition, SearchDocument document) {
    Map<String, Object> json = DocumentValues.toJson(definition, document);
    Document lucene = new Document();
    lucene.add(new StringField(TextMatch.ID_FIELD, document.id(), Field.Store.YES));
    lucene.add(new SortedDocValuesField(TextMatch.ID_FIELD, new BytesRef(document.id())));
    try {
      lucene.add(new StoredField(SOURCE, JSON.writeValueAsBytes(json)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("document " + document.id() + " is not JSON", e);
    }
    json.forEach(
        (name, value) ->
            addField(lucene, definition.fields().get(name), value, definition.foldedText()));
    return lucene;
  }

  private static void addField(
      Document lucene, FieldDefinition field, Object value, boolean foldedText) {
    String name = field.name();
    switch (field.type()) {
      case TEXT -> {
        lucene.add(new TextField(TextMatch.words(name), (String) value, Field.Store.NO));
        lucene.add(new Field(TextMatch.characters(name), (String) value, CHARACTERS));
        if (foldedText) {
          lucene.add(new TextField(TextMatch.folded(name), (String) value, Field.Store.NO));
        }
      }
      case KEYWORD -> {
        for (String keyword : DocumentValues.keywords(value)) {
          lucene.add(new StringField(name, keyword, Field.Store.NO));
          lucene.add(new SortedSetDocValuesField(name, new BytesRef(keyword)));
        }
      }
      case DATE, LONG -> {
        long number = (Long) value;
        lucene.add(new LongPoint(name, number));
        lucene.add(new NumericDocValuesField(name, number));
      }
    }
  }

  /** The JSON source of a stored Lucene document. */
  static Map<String, Object> source(Document stored) {
    BytesRef bytes = stored.getBinaryValue(SOURCE);
    try {
      return JSON.readValue(bytes.bytes, bytes.offset, bytes.length, MAP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
