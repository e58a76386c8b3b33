package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A new article (a draft with its first revision). Audience defaults to EVERYONE. */
public record NewArticle(
    @NotBlank @Size(max = 200) @CleanText String title,
    @Size(max = 500) @CleanText(multiline = true) String summary,
    @NotBlank @Size(max = 100000) @CleanText(multiline = true) String body,
    @NotNull @Pattern(regexp = "zh-TW|en") String locale,
    @PositiveOrZero Long categoryId,
    @Size(max = 20) Set<@NotBlank @Size(max = 50) @Pattern(regexp = Tags.PATTERN) String> tags,
    Audience audience,
    @Size(max = 100) @Pattern(regexp = Tags.GROUP_PATTERN) String audienceGroup,
    LocalDate reviewBy,
    @Size(max = 500) @CleanText String message) {}
