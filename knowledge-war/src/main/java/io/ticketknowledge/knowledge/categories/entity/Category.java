package io.ticketknowledge.knowledge.categories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A node of the admin-managed category tree, named in both languages. */
@Entity
@Table(schema = "knowledge", name = "categories")
public class Category {

  @Id
  @SequenceGenerator(
      name = "categories_ids",
      schema = "knowledge",
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
  private int position;

  @Version private long version;

  protected Category() {}

  public Category(Long parentId, String nameZhTw, String nameEn, int position) {
    this.parentId = parentId;
    this.nameZhTw = nameZhTw;
    this.nameEn = nameEn;
    this.position = position;
  }

  public void rename(String zhTw, String en) {
    if (zhTw != null) {
      nameZhTw = zhTw;
    }
    if (en != null) {
      nameEn = en;
    }
  }

  public void moveTo(Long parent, Integer newPosition) {
    parentId = parent;
    if (newPosition != null) {
      position = newPosition;
    }
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

  public int position() {
    return position;
  }

  public long version() {
    return version;
  }
}
