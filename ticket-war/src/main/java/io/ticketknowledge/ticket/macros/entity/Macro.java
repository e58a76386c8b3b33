package io.ticketknowledge.ticket.macros.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A canned response: a reply in zh-TW and English (public, or an internal note) plus field changes.
 * Personal macros belong to the agent who wrote them; shared ones ({@code ownerId} null) are kept
 * by admins and used by every agent.
 */
@Entity
@Table(schema = "ticket", name = "macros")
public class Macro {

  @Id
  @SequenceGenerator(
      name = "macros_ids",
      schema = "ticket",
      sequenceName = "macros_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "macros_ids")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(name = "reply_zh")
  private String replyZh;

  @Column(name = "reply_en")
  private String replyEn;

  @Column(nullable = false)
  private boolean internal;

  /** JSON of {@link MacroChanges}. */
  @Column(nullable = false)
  private String changes;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Macro() {}

  public Macro(String ownerId) {
    this.ownerId = ownerId;
  }

  public void define(String newName, String zh, String en, boolean isInternal, String changesJson) {
    name = newName.strip();
    replyZh = blankToNull(zh);
    replyEn = blankToNull(en);
    internal = isInternal;
    changes = changesJson;
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean shared() {
    return ownerId == null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String ownerId() {
    return ownerId;
  }

  public String replyZh() {
    return replyZh;
  }

  public String replyEn() {
    return replyEn;
  }

  /** The reply in {@code english} or Chinese, falling back to the other when one is missing. */
  public String reply(boolean english) {
    String first = english ? replyEn : replyZh;
    return first != null ? first : english ? replyZh : replyEn;
  }

  public boolean internal() {
    return internal;
  }

  public String changesJson() {
    return changes;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
