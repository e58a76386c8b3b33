package io.ticketknowledge.knowledge.articles.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Metadata of an article that is not revisioned; null fields are left as they are ({@code
 * categoryId} 0 clears the category).
 */
public record ArticleMetadata(
    Long categoryId,
    Set<String> tags,
    Audience audience,
    String audienceGroup,
    LocalDate reviewBy) {}
