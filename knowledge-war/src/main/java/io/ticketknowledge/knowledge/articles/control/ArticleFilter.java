package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import java.util.Set;

/**
 * What a list asks for; null parts do not filter. {@code categories} is a category with its
 * descendants. {@code status} is for staff only.
 */
public record ArticleFilter(
    String locale, Set<Long> categories, String tag, ArticleStatus status, String owner) {}
