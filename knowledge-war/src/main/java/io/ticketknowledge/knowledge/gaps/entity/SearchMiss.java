package io.ticketknowledge.knowledge.gaps.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One search or suggestion request that found no article. */
@Entity
@Table(schema = "knowledge", name = "search_misses")
public class SearchMiss {

  @Id
  @SequenceGenerator(
      name = "search_misses_ids",
      schema = "knowledge",
      sequenceName = "search_misses_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_misses_ids")
  private Long id;

  @Column(nullable = false, length = 1000)
  private String query;

  @Column(nullable = false, length = 200)
  private String normalized;

  @Column(length = 10)
  private String locale;

  @Column(nullable = false, length = 20)
  private String source;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SearchMiss() {}

  public SearchMiss(String query, String normalized, String locale, String source, String userId) {
    this.query = query;
    this.normalized = normalized;
    this.locale = locale;
    this.source = source;
    this.userId = userId;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }
}
