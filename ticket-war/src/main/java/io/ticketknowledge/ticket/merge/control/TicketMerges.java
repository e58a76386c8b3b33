package io.ticketknowledge.ticket.merge.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.comments.control.ConversationRevisions;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.merge.entity.TicketMerge;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketTags;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges a ticket into another, in one transaction: the conversation, the watchers (and the
 * source's requester, who so keeps reading it), the tags and whatever the {@link MergeParticipant}s
 * move go to the target; both conversations get a public system comment that tells both requesters;
 * both histories record it; the source is closed and points to the target ({@code ticket_merges});
 * the event {@code ticket.merged} carries the source's state and the target.
 *
 * <p>Concurrency: {@code If-Match} names the source's version (the ticket in the URL); the target
 * is locked by version too (its version is incremented in the same transaction), so a merge that
 * raced a change of the target fails with 412 instead of losing either.
 */
@ApplicationScoped
@Transactional
public class TicketMerges {

  public static final String SYSTEM_ID = TicketHistory.SYSTEM_ID;
  public static final String SYSTEM_NAME = TicketHistory.SYSTEM_NAME;

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketHistory history;
  @Inject TicketEvents events;
  @Inject @Any Instance<MergeParticipant> participants;
  @Inject ConversationRevisions revisions;

  /** The outcome: both tickets after the merge. */
  public record Merged(Ticket source, Ticket target, int movedComments) {}

  public Merged merge(long sourceId, long targetId, String ifMatch, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket source = asAgent(sourceId, viewer);
    Versions.requireMatch(ifMatch, source.version());
    if (targetId == sourceId) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.merge-self");
    }
    Ticket target = asAgent(targetId, viewer);
    MergeRules.check(
        source.id(), source.status(), target.id(), target.status(), this::mergedIntoId);
    em.lock(target, LockModeType.OPTIMISTIC_FORCE_INCREMENT);

    int moved =
        em.createNativeQuery("UPDATE ticket.ticket_comments SET ticket_id = ? WHERE ticket_id = ?")
            .setParameter(1, target.id())
            .setParameter(2, source.id())
            .executeUpdate();

    List<String> newWatchers = new ArrayList<>();
    if (!target.isRequestedBy(source.requesterId()) && target.watch(source.requesterId())) {
      newWatchers.add(source.requesterId());
    }
    for (String watcher : source.watcherIds()) {
      if (!target.isRequestedBy(watcher) && target.watch(watcher)) {
        newWatchers.add(watcher);
      }
    }
    newWatchers.forEach(w -> history.record(target.id(), user, "watcher", null, w));
    Set<String> tags = new TreeSet<>(target.tags());
    tags.addAll(source.tags());
    if (!tags.equals(new TreeSet<>(target.tags()))) {
      Set<String> valid = TicketTags.normalized(new ArrayList<>(tags));
      history.record(
          target.id(), user, "tags", String.join(", ", target.tags()), String.join(", ", valid));
      target.tag(valid);
    }
    for (MergeParticipant participant : participants) {
      participant.merged(source, target, user);
    }

    history.record(source.id(), user, "mergedInto", null, target.number());
    history.record(target.id(), user, "mergedFrom", null, source.number());
    history.record(source.id(), user, "status", source.status(), TicketStatus.CLOSED);
    source.moveTo(TicketStatus.CLOSED, null, null);
    em.persist(new TicketMerge(source.id(), target.id(), user.id()));
    Comment intoTarget =
        systemComment(
            target,
            "工單 %s（%s）已合併至此工單，其對話已移到這裡。\n\nTicket %s (%s) was merged into this one; its conversation moved here."
                .formatted(source.number(), source.subject(), source.number(), source.subject()));
    Comment onSource =
        systemComment(
            source,
            "此工單已合併至 %s，請在該工單繼續追蹤。\n\nThis ticket was merged into %s; please follow it there."
                .formatted(target.number(), target.number()));
    em.flush();
    // both conversations changed: the source's left, the target's grew
    revisions.changed(source.id());
    revisions.changed(target.id());
    events.commented(target, intoTarget, SYSTEM_ID);
    events.commented(source, onSource, SYSTEM_ID);
    events.merged(source, target, moved, user.id());
    events.changed(target, user.id());
    if (!newWatchers.isEmpty()) {
      events.watchersChanged(target, user.id());
    }
    return new Merged(source, target, moved);
  }

  /** The ticket {@code ticketId} was merged into, if the user may read both. */
  public Optional<Ticket> mergedInto(long ticketId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    queries.visible(ticketId, viewer);
    Long target = mergedIntoId(ticketId);
    if (target == null) {
      return Optional.empty();
    }
    Ticket ticket = em.find(Ticket.class, target);
    return ticket != null && TicketAccess.canSee(viewer, ticket)
        ? Optional.of(ticket)
        : Optional.empty();
  }

  /** The tickets merged into {@code ticketId} that the user may read. */
  public List<Ticket> mergedFrom(long ticketId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    queries.visible(ticketId, viewer);
    return em
        .createQuery(
            "SELECT t FROM Ticket t WHERE t.id IN"
                + " (SELECT m.sourceId FROM TicketMerge m WHERE m.targetId = :t) ORDER BY t.id",
            Ticket.class)
        .setParameter("t", ticketId)
        .getResultList()
        .stream()
        .filter(t -> TicketAccess.canSee(viewer, t))
        .toList();
  }

  Long mergedIntoId(Long ticketId) {
    TicketMerge merge = em.find(TicketMerge.class, ticketId);
    return merge == null ? null : merge.targetId();
  }

  private Comment systemComment(Ticket ticket, String body) {
    Comment comment = new Comment(ticket.id(), SYSTEM_ID, SYSTEM_NAME, body, false, Set.of());
    em.persist(comment);
    return comment;
  }

  private Ticket asAgent(long ticketId, TicketViewer viewer) {
    Ticket ticket = queries.visible(ticketId, viewer);
    if (TicketAccess.roleOn(viewer, ticket).orElseThrow() != TicketRole.AGENT) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.merge-agents-only");
    }
    return ticket;
  }
}
