package io.ticketknowledge.ticket.sla.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;

/**
 * What SLA policies match a ticket on, as it stood at one moment: its priority, type, category and
 * the requester's department (the requester group). Any of them may be null.
 */
public record TicketProfile(
    TicketPriority priority, TicketType type, Long categoryId, String department) {

  public TicketProfile withPriority(TicketPriority value) {
    return new TicketProfile(value, type, categoryId, department);
  }

  public TicketProfile withType(TicketType value) {
    return new TicketProfile(priority, value, categoryId, department);
  }

  public TicketProfile withCategory(Long value) {
    return new TicketProfile(priority, type, value, department);
  }

  public TicketProfile withDepartment(String value) {
    return new TicketProfile(priority, type, categoryId, value);
  }
}
