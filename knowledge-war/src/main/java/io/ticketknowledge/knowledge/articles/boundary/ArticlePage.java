package io.ticketknowledge.knowledge.articles.boundary;

import java.util.List;

/** One page of articles; {@code nextCursor} is absent on the last page. */
public record ArticlePage(List<ArticleListItem> items, String nextCursor) {}
