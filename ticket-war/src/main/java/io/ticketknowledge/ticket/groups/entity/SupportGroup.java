package io.ticketknowledge.ticket.groups.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A team of agents that works a queue of tickets (service desk, network, accounts …). */
@Entity
@Table(schema = "ticket", name = "support_groups")
public class SupportGroup {

  @Id
  @SequenceGenerator(
      name = "support_groups_ids",
      schema = "ticket",
      sequenceName = "support_groups_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_groups_ids")
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  @Column(length = 500)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "support_group_members",
      joinColumns = @JoinColumn(name = "group_id"))
  private Set<GroupMember> members = new HashSet<>();

  @Version private long version;

  protected SupportGroup() {}

  public SupportGroup(String name, String description) {
    this.name = name.strip();
    this.description = description == null ? null : description.strip();
  }

  public void rename(String newName) {
    name = newName.strip();
  }

  public void describe(String newDescription) {
    description = newDescription == null ? null : newDescription.strip();
  }

  /** Replaces the members (the caller raises the version: a collection change alone may not). */
  public void replaceMembers(Set<GroupMember> newMembers) {
    members.clear();
    members.addAll(newMembers);
  }

  public boolean hasMember(String userId) {
    return members.stream().anyMatch(member -> member.userId().equals(userId));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<GroupMember> members() {
    return members.stream().sorted(Comparator.comparing(GroupMember::userName)).toList();
  }

  public long version() {
    return version;
  }
}
