package io.ticketknowledge.ticket.customfields.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One atomic value of a custom field on a ticket, in its canonical text: a number as a plain
 * decimal ({@code 12.5}), a date as {@code 2026-03-02}, a checkbox as {@code true}/{@code false}, a
 * select's option as is. A multi-select has one per chosen option.
 */
@Embeddable
public class FieldValue {

  @Column(name = "field_key", nullable = false, length = 40)
  private String fieldKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "field_type", nullable = false, length = 20)
  private FieldType fieldType;

  @Column(name = "field_value", nullable = false, length = 1000)
  private String fieldValue;

  /** The value of a NUMBER field as a number, for range filters (decision 0020). */
  @Column(name = "number_value", precision = 20, scale = 4)
  private BigDecimal numberValue;

  /** The value of a DATE field as a date, for range filters. */
  @Column(name = "date_value")
  private LocalDate dateValue;

  protected FieldValue() {}

  public FieldValue(String key, FieldType type, String value) {
    this.fieldKey = key;
    this.fieldType = type;
    this.fieldValue = value;
    this.numberValue = type == FieldType.NUMBER ? new BigDecimal(value) : null;
    this.dateValue = type == FieldType.DATE ? LocalDate.parse(value) : null;
  }

  public String key() {
    return fieldKey;
  }

  public FieldType type() {
    return fieldType;
  }

  public String value() {
    return fieldValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldValue other
        && Objects.equals(fieldKey, other.fieldKey)
        && Objects.equals(fieldValue, other.fieldValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldKey, fieldValue);
  }

  @Override
  public String toString() {
    return fieldKey + "=" + fieldValue;
  }
}
