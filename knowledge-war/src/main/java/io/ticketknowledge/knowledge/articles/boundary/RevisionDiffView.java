package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.control.TextDiff;
import java.util.List;

/** What changed from revision {@code from} to {@code to}, per field, as ordered segments. */
public record RevisionDiffView(
    int from,
    int to,
    String granularity,
    List<TextDiff.Segment> title,
    List<TextDiff.Segment> summary,
    List<TextDiff.Segment> body) {}
