package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.knowledge.articles.entity.Audience;
import java.time.Instant;
import java.util.List;

/**
 * What the index holds of one article, read from the database: the published revision's content for
 * a live article, the head's for a draft or an article in review.
 *
 * @param status {@link ArticleIndex#LIVE} for a live article, else DRAFT or IN_REVIEW
 */
public record ArticleRow(
    long id,
    String title,
    String summary,
    String body,
    String locale,
    Long categoryId,
    List<String> tags,
    Audience audience,
    String audienceGroup,
    String ownerId,
    Instant publishedAt,
    Instant updatedAt,
    long version,
    String status) {}
