package io.ticketknowledge.knowledge.glossary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** One set of terms that mean the same, kept by editors and admins (terms one per line). */
@Entity
@Table(schema = "knowledge", name = "glossary_entries")
public class GlossaryEntry {

  @Id
  @SequenceGenerator(
      name = "glossary_ids",
      schema = "knowledge",
      sequenceName = "glossary_entries_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "glossary_ids")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private GlossaryKind kind;

  @Column(nullable = false, length = 4000)
  private String terms;

  @Column(length = 500)
  private String note;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected GlossaryEntry() {}

  public GlossaryEntry(GlossaryKind kind, List<String> terms, String note, String by) {
    change(kind, terms, note, by);
  }

  public final void change(GlossaryKind kind, List<String> terms, String note, String by) {
    this.kind = kind;
    this.terms = String.join("\n", terms);
    this.note = note;
    this.updatedBy = by;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public GlossaryKind kind() {
    return kind;
  }

  public List<String> terms() {
    return Arrays.asList(terms.split("\n"));
  }

  public String note() {
    return note;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
