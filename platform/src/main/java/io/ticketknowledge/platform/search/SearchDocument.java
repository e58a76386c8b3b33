package io.ticketknowledge.platform.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One document to index: its id and its field values (String for text; String or a collection of
 * Strings for keyword; Instant for date; Long for number). Fields left out have no value.
 */
public record SearchDocument(String id, Map<String, Object> fields) {

  public SearchDocument {
    if (id == null || id.isBlank() || id.length() > 512) {
      throw new IllegalArgumentException("a document needs an id of 1 to 512 characters");
    }
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static SearchDocument of(String id, Map<String, Object> fields) {
    return new SearchDocument(id, fields);
  }
}
