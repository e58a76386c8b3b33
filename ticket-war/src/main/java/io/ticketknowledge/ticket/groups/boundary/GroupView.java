package io.ticketknowledge.ticket.groups.boundary;

import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import java.util.List;

/** A support group as the API shows it. */
public record GroupView(
    long id, String name, String description, List<NewGroup.Member> members, long version) {

  public static GroupView of(SupportGroup group) {
    return new GroupView(
        group.id(),
        group.name(),
        group.description(),
        group.members().stream()
            .map(member -> new NewGroup.Member(member.userId(), member.userName()))
            .toList(),
        group.version());
  }
}
