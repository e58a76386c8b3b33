package io.ticketknowledge.ticket.categories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the admin-managed category tree, named in Traditional Chinese and English. Categories
 * are retired (inactive), never deleted, because tickets keep pointing at them.
 */
@Entity
@Table(schema = "ticket", name = "categories")
public class Category {

  @Id
  @SequenceGenerator(
      name = "categories_ids",
      schema = "ticket",
      sequenceName = "categories_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "categories_ids")
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "name_zh_tw", nullable = false, length = 100)
  private String nameZhTw;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Category() {}

  public Category(Long parentId, String nameZhTw, String nameEn) {
    this.parentId = parentId;
    this.nameZhTw = nameZhTw.strip();
    this.nameEn = nameEn.strip();
    this.active = true;
  }

  public void rename(String zhTw, String en) {
    if (zhTw != null) {
      nameZhTw = zhTw.strip();
    }
    if (en != null) {
      nameEn = en.strip();
    }
  }

  public void moveUnder(Long newParentId) {
    parentId = newParentId;
  }

  public void activate(boolean isActive) {
    active = isActive;
  }

  public Long id() {
    return id;
  }

  public Long parentId() {
    return parentId;
  }

  public String nameZhTw() {
    return nameZhTw;
  }

  public String nameEn() {
    return nameEn;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
