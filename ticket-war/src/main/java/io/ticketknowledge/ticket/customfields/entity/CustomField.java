package io.ticketknowledge.ticket.customfields.entity;

import io.ticketknowledge.ticket.customfields.control.FieldRule;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An admin-defined field of tickets: its key (how values, events and search name it), labels in
 * zh-TW and English, type and rules, the ticket types it applies to (none: every type), its place
 * in forms, and whether requesters may fill it. Deactivated rather than deleted once used.
 */
@Entity
@Table(schema = "ticket", name = "custom_fields")
public class CustomField {

  @Id
  @SequenceGenerator(
      name = "custom_fields_ids",
      schema = "ticket",
      sequenceName = "custom_fields_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_fields_ids")
  private Long id;

  @Column(name = "field_key", nullable = false, length = 40, updatable = false)
  private String fieldKey;

  @Column(name = "label_zh", nullable = false, length = 100)
  private String labelZh;

  @Column(name = "label_en", nullable = false, length = 100)
  private String labelEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "field_type", nullable = false, length = 20, updatable = false)
  private FieldType fieldType;

  @Column(name = "is_required", nullable = false)
  private boolean required;

  @Column(name = "requester_editable", nullable = false)
  private boolean requesterEditable;

  @Column(name = "min_value", precision = 19, scale = 4)
  private BigDecimal min;

  @Column(name = "max_value", precision = 19, scale = 4)
  private BigDecimal max;

  @Column(name = "max_length")
  private Integer maxLength;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "custom_field_options",
      joinColumns = @JoinColumn(name = "field_id"))
  @OrderColumn(name = "option_order")
  @Column(name = "option_value", length = 100)
  private List<String> options = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "custom_field_ticket_types",
      joinColumns = @JoinColumn(name = "field_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_type", length = 30)
  private Set<TicketType> ticketTypes = EnumSet.noneOf(TicketType.class);

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected CustomField() {}

  public CustomField(String key, FieldType type) {
    this.fieldKey = key;
    this.fieldType = type;
  }

  /** Sets everything but key and type, which never change; the rules are checked before. */
  public void define(
      String labelZh,
      String labelEn,
      boolean required,
      boolean requesterEditable,
      BigDecimal min,
      BigDecimal max,
      Integer maxLength,
      List<String> options,
      Set<TicketType> ticketTypes,
      int position,
      boolean active) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.required = required;
    this.requesterEditable = requesterEditable;
    this.min = min;
    this.max = max;
    this.maxLength = maxLength;
    this.options = new ArrayList<>(options);
    this.ticketTypes =
        ticketTypes.isEmpty() ? EnumSet.noneOf(TicketType.class) : EnumSet.copyOf(ticketTypes);
    this.sortOrder = position;
    this.active = active;
  }

  /** Whether it applies to tickets of {@code ticketType}. */
  public boolean appliesTo(TicketType ticketType) {
    return ticketTypes.isEmpty() || ticketTypes.contains(ticketType);
  }

  public FieldRule rule() {
    return new FieldRule(fieldKey, fieldType, required, min, max, maxLength, options);
  }

  public Long id() {
    return id;
  }

  public String key() {
    return fieldKey;
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }

  public FieldType type() {
    return fieldType;
  }

  public boolean required() {
    return required;
  }

  public boolean requesterEditable() {
    return requesterEditable;
  }

  public BigDecimal min() {
    return min;
  }

  public BigDecimal max() {
    return max;
  }

  public Integer maxLength() {
    return maxLength;
  }

  public List<String> options() {
    return List.copyOf(options);
  }

  public Set<TicketType> ticketTypes() {
    return ticketTypes.isEmpty() ? Set.of() : EnumSet.copyOf(ticketTypes);
  }

  public int position() {
    return sortOrder;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
