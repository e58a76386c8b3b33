package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The other-language version of an article; metadata and owner are taken from the source. */
public record NewTranslation(
    @NotNull @Pattern(regexp = "zh-TW|en") String locale,
    @NotBlank @Size(max = 200) @CleanText String title,
    @Size(max = 500) @CleanText(multiline = true) String summary,
    @NotBlank @Size(max = 100000) @CleanText(multiline = true) String body,
    @Size(max = 500) @CleanText String message) {}
