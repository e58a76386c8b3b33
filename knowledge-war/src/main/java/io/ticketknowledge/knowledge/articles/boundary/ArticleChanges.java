package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A merge patch of an article: absent fields stay. A content change (title, summary, body) saves a
 * new revision with {@code message}; {@code categoryId} 0 removes the category.
 */
public record ArticleChanges(
    @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") @CleanText String title,
    @Size(max = 500) @CleanText(multiline = true) String summary,
    @Size(min = 1, max = 100000) @Pattern(regexp = "(?s).*\\S.*") @CleanText(multiline = true)
        String body,
    @PositiveOrZero Long categoryId,
    @Size(max = 20) Set<@Size(max = 50) @Pattern(regexp = Tags.PATTERN) String> tags,
    Audience audience,
    @Size(max = 100) @Pattern(regexp = Tags.GROUP_PATTERN) String audienceGroup,
    LocalDate reviewBy,
    @Size(max = 500) @CleanText String message) {}
