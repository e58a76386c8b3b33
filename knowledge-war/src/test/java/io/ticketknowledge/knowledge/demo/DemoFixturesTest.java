package io.ticketknowledge.knowledge.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.markdown.MarkdownRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The embedded profile's demo articles fit the rules the API would enforce. */
class DemoFixturesTest {

  @Test
  void fixturesAreValidArticles() throws Exception {
    JsonObject fixtures;
    try (InputStream in =
            getClass()
                .getResourceAsStream("/io/ticketknowledge/knowledge/demo/demo-knowledge.json");
        JsonReader reader = Json.createReader(in)) {
      fixtures = reader.readObject();
    }
    Set<String> categories = new HashSet<>();
    for (JsonValue value : fixtures.getJsonArray("categories")) {
      JsonObject c = value.asJsonObject();
      assertTrue(c.isNull("parent") || categories.contains(c.getString("parent")), c.toString());
      categories.add(c.getString("key"));
    }
    Map<String, String> localeOf = new HashMap<>();
    Set<String> translated = new HashSet<>();
    int inReview = 0;
    int pastReview = 0;
    int zh = 0;
    int en = 0;
    for (JsonValue value : fixtures.getJsonArray("articles")) {
      JsonObject a = value.asJsonObject();
      String locale = a.getString("locale");
      assertTrue(Set.of("zh-TW", "en").contains(locale));
      assertTrue(a.getString("title").length() <= 200 && !a.getString("title").isBlank());
      assertTrue(a.getString("summary").length() <= 500);
      assertTrue(categories.contains(a.getString("category")), a.getString("key"));
      assertTrue(MarkdownRenderer.toSafeHtml(a.getString("body")).length() > 10);
      if (!a.isNull("translationOf")) {
        String source = a.getString("translationOf");
        assertNotNull(localeOf.get(source), "translation after its source: " + a.getString("key"));
        assertTrue(!localeOf.get(source).equals(locale), "other language: " + a.getString("key"));
        assertTrue(translated.add(source), "one translation per source");
      }
      localeOf.put(a.getString("key"), locale);
      inReview += a.getString("state").equals("in-review") ? 1 : 0;
      pastReview += a.getInt("reviewByDays") < 0 ? 1 : 0;
      zh += locale.equals("zh-TW") ? 1 : 0;
      en += locale.equals("en") ? 1 : 0;
    }
    assertEquals(1, inReview);
    assertTrue(pastReview >= 1);
    assertTrue(zh >= 10 && en >= 10, zh + " zh-TW, " + en + " en");
    assertTrue(translated.size() >= 5);
    assertTrue(localeOf.size() >= 24, "a few dozen articles");
  }
}
