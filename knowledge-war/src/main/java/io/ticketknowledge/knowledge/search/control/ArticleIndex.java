package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchQuery;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The articles index: what readers see of live articles (the published revision), built from the
 * module's own events. Who may find an article is the {@code visibleTo} keyword, matched by a
 * permission condition inside every query: a forbidden article never shows in hits, totals or
 * facets.
 */
public final class ArticleIndex {

  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String BODY = "body";
  public static final String LOCALE = "locale";
  public static final String CATEGORY = "category";
  public static final String TAGS = "tags";
  public static final String VISIBLE_TO = "visibleTo";
  public static final String OWNER_ID = "ownerId";
  public static final String PUBLISHED_AT = "publishedAt";
  public static final String UPDATED_AT = "updatedAt";
  public static final String VERSION = "version";
  public static final String STATUS = "status";

  /** The status of a live article's document (it holds the published revision). */
  public static final String LIVE = "PUBLISHED";

  /**
   * Title matches weigh most, then the summary: they say what the article is about. Version 2:
   * folded text (Simplified = Traditional Chinese, Wi-Fi = WiFi) and {@code status} (drafts and
   * articles in review are indexed for editors).
   */
  public static final IndexDefinition DEFINITION =
      new IndexDefinition(
              "articles",
              2,
              List.of(
                  FieldDefinition.text(TITLE, 3f),
                  FieldDefinition.text(SUMMARY, 2f),
                  FieldDefinition.text(BODY, 1f),
                  FieldDefinition.keyword(LOCALE),
                  FieldDefinition.keyword(CATEGORY),
                  FieldDefinition.keyword(TAGS),
                  FieldDefinition.keyword(VISIBLE_TO),
                  FieldDefinition.keyword(OWNER_ID),
                  FieldDefinition.date(PUBLISHED_AT),
                  FieldDefinition.date(UPDATED_AT),
                  FieldDefinition.number(VERSION),
                  FieldDefinition.keyword(STATUS)))
          .withFoldedText();

  private ArticleIndex() {}

  /** The visibleTo value of an audience. */
  static String audienceKey(Audience audience, String group) {
    return audience == Audience.GROUP ? "group:" + group : audience.name();
  }

  /**
   * Restricts a query to what the reader may see: live articles of their audiences. Staff (editors
   * and admins, who may edit every article) see every indexed article, drafts and articles in
   * review included; {@link ArticleSearch} then filters by the status they ask for.
   */
  public static SearchQuery.Builder restrict(SearchQuery.Builder query, Reader reader) {
    if (reader.isStaff()) {
      return query;
    }
    query.permit(STATUS, Set.of(LIVE));
    Set<String> allowed = new TreeSet<>();
    reader.audiences().forEach(a -> allowed.add(a.name()));
    reader.groups().forEach(g -> allowed.add("group:" + g));
    return query.permit(VISIBLE_TO, allowed);
  }

  /**
   * The document of an {@code article.published} or {@code article.updated} event ({@code
   * ArticleEvents}): the payload is the published state, the envelope's version the article's.
   *
   * @throws MalformedEventException when the payload lacks part of that state
   */
  public static SearchDocument fromEvent(EventEnvelope event) {
    JsonObject state = event.payload();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(TITLE, text(state, "title", true));
    fields.put(SUMMARY, text(state, "summary", false));
    fields.put(BODY, text(state, "body", false));
    fields.put(LOCALE, text(state, "locale", true));
    if (state.get("categoryId") instanceof JsonNumber category) {
      fields.put(CATEGORY, Long.toString(category.longValue()));
    }
    List<String> tags = new ArrayList<>();
    if (state.get("tags") instanceof JsonArray array) {
      for (JsonValue tag : array) {
        if (tag instanceof JsonString s) {
          tags.add(s.getString());
        }
      }
    }
    if (!tags.isEmpty()) {
      fields.put(TAGS, tags);
    }
    Audience audience;
    try {
      audience = Audience.valueOf(text(state, "audience", true));
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException("unknown audience in " + event.type());
    }
    String group = state.getString("audienceGroup", null);
    if (audience == Audience.GROUP && (group == null || group.isBlank())) {
      throw new MalformedEventException("GROUP audience without audienceGroup");
    }
    fields.put(VISIBLE_TO, audienceKey(audience, group));
    fields.put(OWNER_ID, text(state, "ownerId", true));
    fields.put(PUBLISHED_AT, instant(state, "publishedAt"));
    fields.put(UPDATED_AT, instant(state, "updatedAt"));
    fields.put(VERSION, event.version());
    fields.put(STATUS, LIVE);
    return new SearchDocument(articleId(event), fields);
  }

  /**
   * The document of an article as the database holds it: a live article's published revision
   * (status {@link #LIVE}), or a draft's or an article in review's head (its status). For the
   * reindex and the drafts, which no event carries.
   */
  public static SearchDocument fromRow(ArticleRow row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(TITLE, row.title());
    fields.put(SUMMARY, row.summary() == null ? "" : row.summary());
    fields.put(BODY, row.body() == null ? "" : row.body());
    fields.put(LOCALE, row.locale());
    if (row.categoryId() != null) {
      fields.put(CATEGORY, Long.toString(row.categoryId()));
    }
    if (!row.tags().isEmpty()) {
      fields.put(TAGS, List.copyOf(row.tags()));
    }
    fields.put(VISIBLE_TO, audienceKey(row.audience(), row.audienceGroup()));
    if (row.ownerId() != null) {
      fields.put(OWNER_ID, row.ownerId());
    }
    if (row.publishedAt() != null) {
      fields.put(PUBLISHED_AT, row.publishedAt());
    }
    fields.put(UPDATED_AT, row.updatedAt());
    fields.put(VERSION, row.version());
    fields.put(STATUS, row.status());
    return new SearchDocument(Long.toString(row.id()), fields);
  }

  public static String articleId(EventEnvelope event) {
    try {
      return Long.toString(Long.parseLong(event.aggregateId()));
    } catch (NumberFormatException e) {
      throw new MalformedEventException("aggregateId is no article id: " + event.aggregateId());
    }
  }

  public static Optional<Long> versionOf(SearchDocument document) {
    Object version = document.fields().get(VERSION);
    return version instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
  }

  private static String text(JsonObject state, String field, boolean required) {
    String value = state.get(field) instanceof JsonString s ? s.getString() : null;
    if (value == null || (required && value.isBlank())) {
      if (required) {
        throw new MalformedEventException("article event without " + field);
      }
      return "";
    }
    return value;
  }

  private static Instant instant(JsonObject state, String field) {
    try {
      return Instant.parse(text(state, field, true));
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("article event with a bad " + field);
    }
  }
}
