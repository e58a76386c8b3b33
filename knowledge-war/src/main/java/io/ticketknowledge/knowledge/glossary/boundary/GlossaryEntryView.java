package io.ticketknowledge.knowledge.glossary.boundary;

import io.ticketknowledge.knowledge.glossary.entity.GlossaryEntry;
import io.ticketknowledge.knowledge.glossary.entity.GlossaryKind;
import java.time.OffsetDateTime;
import java.util.List;

/** A glossary entry as the API shows it. */
public record GlossaryEntryView(
    long id,
    GlossaryKind kind,
    List<String> terms,
    String note,
    String updatedBy,
    OffsetDateTime updatedAt,
    long version) {

  public static GlossaryEntryView of(GlossaryEntry entry) {
    return new GlossaryEntryView(
        entry.id(),
        entry.kind(),
        entry.terms(),
        entry.note(),
        entry.updatedBy(),
        entry.updatedAt(),
        entry.version());
  }
}
