package io.ticketknowledge.ticket.customfields.boundary;

import io.ticketknowledge.ticket.customfields.entity.CustomField;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A custom field's definition. */
@Schema(
    name = "CustomField",
    example =
        "{\"id\":50,\"key\":\"asset_tag\",\"labelZh\":\"資產編號\",\"labelEn\":\"Asset tag\","
            + "\"type\":\"TEXT\",\"required\":false,\"requesterEditable\":true,\"min\":null,"
            + "\"max\":null,\"maxLength\":20,\"options\":[],\"ticketTypes\":[\"INCIDENT\"],"
            + "\"position\":10,\"active\":true,\"version\":1}")
public record CustomFieldView(
    long id,
    String key,
    String labelZh,
    String labelEn,
    FieldType type,
    boolean required,
    boolean requesterEditable,
    BigDecimal min,
    BigDecimal max,
    Integer maxLength,
    List<String> options,
    Set<TicketType> ticketTypes,
    int position,
    boolean active,
    long version) {

  static CustomFieldView of(CustomField f) {
    return new CustomFieldView(
        f.id(),
        f.key(),
        f.labelZh(),
        f.labelEn(),
        f.type(),
        f.required(),
        f.requesterEditable(),
        f.min(),
        f.max(),
        f.maxLength(),
        f.options(),
        f.ticketTypes(),
        f.position(),
        f.active(),
        f.version());
  }
}
