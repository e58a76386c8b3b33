package io.ticketknowledge.ticket.merge.boundary;

import io.ticketknowledge.ticket.tickets.boundary.TicketView;

/** Both tickets after a merge, and how many comments moved. */
public record MergeView(TicketView source, TicketView target, int movedComments) {}
