package io.ticketknowledge.ticket.groups.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.groups.boundary.GroupChanges;
import io.ticketknowledge.ticket.groups.boundary.NewGroup;
import io.ticketknowledge.ticket.groups.entity.GroupMember;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Support groups and their members: read by agents, maintained by admins. */
@ApplicationScoped
@Transactional
public class SupportGroups {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public List<SupportGroup> all() {
    return em.createQuery("SELECT g FROM SupportGroup g ORDER BY g.name", SupportGroup.class)
        .getResultList();
  }

  public SupportGroup find(long id) {
    SupportGroup group = em.find(SupportGroup.class, id);
    if (group == null) {
      throw ApiException.notFound("group.not-found", id);
    }
    return group;
  }

  /** For tickets: the group must exist; otherwise a 400 naming it. */
  public SupportGroup require(long id) {
    SupportGroup group = em.find(SupportGroup.class, id);
    if (group == null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.unknown-group", id);
    }
    return group;
  }

  public SupportGroup create(NewGroup request) {
    SupportGroup group = new SupportGroup(request.name(), request.description());
    if (request.members() != null) {
      group.replaceMembers(members(request.members()));
    }
    em.persist(group);
    em.flush();
    return group;
  }

  public SupportGroup change(long id, GroupChanges changes, String ifMatch) {
    SupportGroup group = find(id);
    Versions.requireMatch(ifMatch, group.version());
    if (changes.name() != null) {
      group.rename(changes.name());
    }
    if (changes.description() != null) {
      group.describe(changes.description());
    }
    if (changes.members() != null) {
      group.replaceMembers(members(changes.members()));
      // a change of the member list alone must raise the version (ETag) too
      em.lock(group, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    em.flush();
    return group;
  }

  private static Set<GroupMember> members(List<NewGroup.Member> members) {
    Set<GroupMember> set = new LinkedHashSet<>();
    for (NewGroup.Member member : members) {
      set.add(new GroupMember(member.userId().strip(), member.name().strip()));
    }
    return set;
  }
}
