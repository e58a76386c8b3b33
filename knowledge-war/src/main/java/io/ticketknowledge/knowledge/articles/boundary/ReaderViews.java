package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.control.ArticleQueries;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.control.ViewCounter;
import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Turns articles into what the caller may see: published content for readers, head for staff. */
@ApplicationScoped
public class ReaderViews {

  @Inject ArticleQueries queries;
  @Inject ViewCounter views;

  ArticleView of(Article article, Reader reader, String wantedLocale) {
    boolean staff = reader.isStaff();
    int shown = staff ? article.headRevision() : article.publishedRevision();
    ArticleRevision revision = queries.existingRevision(article.id(), shown);
    List<ArticleView.TranslationLink> translations =
        queries.translations(article, reader).stream()
            .map(t -> new ArticleView.TranslationLink(t.id(), t.language(), queries.isOutdated(t)))
            .toList();
    return ArticleView.of(
        article,
        revision,
        staff,
        article.viewCount() + views.pending(article.id()),
        queries.solvedTickets(article.id()),
        wantedLocale != null && !wantedLocale.equals(article.language()),
        queries.isOutdated(article),
        translations);
  }

  List<ArticleListItem> list(List<Article> articles, Reader reader, String wantedLocale) {
    boolean staff = reader.isStaff();
    Map<Long, ArticleRevision> published = staff ? Map.of() : queries.publishedRevisions(articles);
    return articles.stream()
        .map(
            a -> {
              boolean fallback = wantedLocale != null && !wantedLocale.equals(a.language());
              if (staff) {
                return ArticleListItem.of(a, a.title(), a.summary(), true, fallback);
              }
              ArticleRevision r = published.get(a.id());
              return ArticleListItem.of(a, r.title(), r.summary(), false, fallback);
            })
        .toList();
  }
}
