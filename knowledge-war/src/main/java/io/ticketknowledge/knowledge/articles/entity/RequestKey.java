package io.ticketknowledge.knowledge.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** An Idempotency-Key a user sent with the request that created an article. */
@Entity
@Table(schema = "knowledge", name = "request_keys")
public class RequestKey {

  @EmbeddedId private Id id;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RequestKey() {}

  public RequestKey(Id id, String fingerprint, long articleId) {
    this.id = id;
    this.fingerprint = fingerprint;
    this.articleId = articleId;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public boolean isFor(String requestFingerprint) {
    return fingerprint.equals(requestFingerprint);
  }

  public long articleId() {
    return articleId;
  }

  /** Keys are per user: two users may pick the same key. */
  @Embeddable
  public static class Id implements Serializable {
    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "idem_key", nullable = false)
    private String key;

    protected Id() {}

    public Id(String userId, String key) {
      this.userId = userId;
      this.key = key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Id id && userId.equals(id.userId) && key.equals(id.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, key);
    }
  }
}
