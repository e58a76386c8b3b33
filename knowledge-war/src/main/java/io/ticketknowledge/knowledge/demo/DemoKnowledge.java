package io.ticketknowledge.knowledge.demo;

import io.ticketknowledge.knowledge.articles.control.ArticleEditor;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleAction;
import io.ticketknowledge.knowledge.articles.entity.ArticleContent;
import io.ticketknowledge.knowledge.articles.entity.ArticleMetadata;
import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.knowledge.categories.control.CategoryTree;
import io.ticketknowledge.knowledge.categories.entity.Category;
import io.ticketknowledge.platform.json.Jsons;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo fixtures of the embedded profile ({@code knowledge.demo.seed}, on only there): categories
 * and about thirty articles in zh-TW and English from {@code demo-knowledge.json}, written by
 * editor1 and approved by admin1 through the real workflow (so revisions, reviews, events and the
 * search index are all there), some linked as translations, one waiting for review, one past its
 * review-by date. Loaded once, into an empty knowledge base only.
 */
@ApplicationScoped
public class DemoKnowledge {

  private static final Logger LOG = Logger.getLogger(DemoKnowledge.class.getName());
  private static final String FIXTURES = "/io/ticketknowledge/knowledge/demo/demo-knowledge.json";

  @Inject
  @ConfigProperty(name = "knowledge.demo.seed", defaultValue = "false")
  boolean seed;

  @Inject
  @ConfigProperty(name = "knowledge.demo.editor", defaultValue = "editor1")
  String editorId;

  @Inject
  @ConfigProperty(name = "knowledge.demo.reviewer", defaultValue = "admin1")
  String reviewerId;

  @Inject ArticleEditor editor;
  @Inject CategoryTree categories;

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** After the schema migration and the index check. */
  void load(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 650)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!seed) {
      return;
    }
    try {
      if (isEmpty()) {
        int articles = loadFixtures();
        LOG.info("knowledge demo fixtures loaded: " + articles + " articles");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "knowledge demo fixtures not loaded", e);
    }
  }

  boolean isEmpty() {
    return em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult() == 0
        && em.createQuery("SELECT COUNT(c) FROM Category c", Long.class).getSingleResult() == 0;
  }

  int loadFixtures() {
    JsonObject fixtures = read();
    Reader author = new Reader(editorId, displayName(editorId), Set.of("requester", "editor"));
    Reader reviewer =
        new Reader(
            reviewerId, displayName(reviewerId), Set.of("requester", "agent", "editor", "admin"));
    Map<String, Long> categoryIds = new HashMap<>();
    int position = 0;
    for (JsonValue value : fixtures.getJsonArray("categories")) {
      JsonObject c = value.asJsonObject();
      Long parent = c.isNull("parent") ? null : categoryIds.get(c.getString("parent"));
      Category category =
          categories.add(parent, c.getString("nameZhTw"), c.getString("nameEn"), position++);
      categoryIds.put(c.getString("key"), category.id());
    }
    Map<String, Long> articleIds = new HashMap<>();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (JsonValue value : fixtures.getJsonArray("articles")) {
      JsonObject a = value.asJsonObject();
      ArticleContent content =
          new ArticleContent(a.getString("title"), a.getString("summary"), a.getString("body"));
      Article article;
      if (a.isNull("translationOf")) {
        Set<String> tags = new TreeSet<>();
        a.getJsonArray("tags").forEach(t -> tags.add(((JsonString) t).getString()));
        ArticleMetadata metadata =
            new ArticleMetadata(
                categoryIds.get(a.getString("category")),
                tags,
                Audience.valueOf(a.getString("audience")),
                null,
                today.plusDays(a.getInt("reviewByDays")));
        article =
            editor.create(a.getString("locale"), content, metadata, "初稿 / first draft", author);
      } else {
        article =
            editor.translate(
                articleIds.get(a.getString("translationOf")),
                a.getString("locale"),
                content,
                "翻譯 / translation",
                author);
      }
      articleIds.put(a.getString("key"), article.id());
      String state = a.getString("state");
      article = editor.act(article.id(), ArticleAction.SUBMIT, etag(article), null, author);
      if (state.equals("published")) {
        editor.act(article.id(), ArticleAction.APPROVE, etag(article), null, reviewer);
      }
    }
    return articleIds.size();
  }

  private static String etag(Article article) {
    return "\"" + article.version() + "\"";
  }

  private static String displayName(String user) {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue("tk.identity.display-name." + user, String.class)
        .orElse(user);
  }

  private static JsonObject read() {
    try (InputStream in = DemoKnowledge.class.getResourceAsStream(FIXTURES);
        JsonReader reader = Jsons.reader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
