package io.ticketknowledge.ticket.assignment.boundary;

import io.ticketknowledge.ticket.assignment.entity.AssignmentMode;
import io.ticketknowledge.ticket.assignment.entity.GroupAssignment;

/** A group's auto-assignment as the API shows it. */
public record GroupAssignmentView(
    long groupId, AssignmentMode mode, int openTicketLimit, String lastAssigneeId, long version) {

  static GroupAssignmentView of(GroupAssignment g) {
    return new GroupAssignmentView(
        g.groupId(), g.mode(), g.openTicketLimit(), g.lastAssignee(), g.version());
  }
}
