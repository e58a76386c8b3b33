package io.ticketknowledge.ticket.assignment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A group's auto-assignment: mode, the open-ticket limit, and the round-robin pointer. */
@Entity
@Table(schema = "ticket", name = "group_assignment")
public class GroupAssignment {

  public static final int DEFAULT_LIMIT = 20;

  @Id
  @Column(name = "group_id")
  private long groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssignmentMode mode;

  @Column(name = "open_ticket_limit", nullable = false)
  private int openTicketLimit;

  @Column(name = "last_assignee")
  private String lastAssignee;

  @Version private long version;

  protected GroupAssignment() {}

  public GroupAssignment(long groupId) {
    this.groupId = groupId;
    this.mode = AssignmentMode.OFF;
    this.openTicketLimit = DEFAULT_LIMIT;
  }

  public void configure(AssignmentMode newMode, int limit) {
    mode = newMode;
    openTicketLimit = limit;
  }

  /** Moves the round-robin pointer (under the row lock the assigner holds). */
  public void pickedLast(String userId) {
    lastAssignee = userId;
  }

  public long groupId() {
    return groupId;
  }

  public AssignmentMode mode() {
    return mode;
  }

  public int openTicketLimit() {
    return openTicketLimit;
  }

  public String lastAssignee() {
    return lastAssignee;
  }

  public long version() {
    return version;
  }
}
