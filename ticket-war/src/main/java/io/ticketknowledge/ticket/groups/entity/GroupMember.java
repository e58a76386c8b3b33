package io.ticketknowledge.ticket.groups.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An agent in a support group, with the name shown in queues. */
@Embeddable
public class GroupMember {

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "user_name", nullable = false)
  private String userName;

  protected GroupMember() {}

  public GroupMember(String userId, String userName) {
    this.userId = userId;
    this.userName = userName;
  }

  public String userId() {
    return userId;
  }

  public String userName() {
    return userName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupMember member && userId.equals(member.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId);
  }
}
