package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.platform.search.SearchHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One found article: stored fields plus HTML snippets ({@code <mark>} around matches). */
public record ArticleHitView(
    long id,
    String title,
    String summary,
    String locale,
    String category,
    List<String> tags,
    Double score,
    Map<String, String> highlights) {

  static ArticleHitView of(SearchHit hit) {
    Map<String, String> highlights = new LinkedHashMap<>();
    hit.snippets().forEach((field, snippet) -> highlights.put(field, snippet.html()));
    Object tags = hit.fields().get(ArticleIndex.TAGS);
    return new ArticleHitView(
        Long.parseLong(hit.id()),
        (String) hit.fields().get(ArticleIndex.TITLE),
        (String) hit.fields().get(ArticleIndex.SUMMARY),
        (String) hit.fields().get(ArticleIndex.LOCALE),
        (String) hit.fields().get(ArticleIndex.CATEGORY),
        tags instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : tags == null ? List.of() : List.of(tags.toString()),
        Double.isFinite(hit.score()) ? hit.score() : null,
        highlights);
  }
}
