package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.ticket.tickets.entity.Ticket;

/** The outcome of an open: the ticket, and whether an earlier request with the same key made it. */
public record OpenedTicket(Ticket ticket, boolean replayed) {}
