package io.ticketknowledge.ticket.comments.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.comments.boundary.CommentChanges;
import io.ticketknowledge.ticket.comments.boundary.NewComment;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.control.MergedTickets;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The conversation of a ticket: public replies and internal notes. Internal notes exist only for
 * agents: a requester neither lists, edits nor learns of them (404). A requester's public reply to
 * a ticket waiting for them (PENDING) or resolved reopens it.
 */
@ApplicationScoped
@Transactional
public class TicketConversation {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketWorkflow workflow;
  @Inject TicketEvents events;
  @Inject TicketHistory history;
  @Inject ConversationRevisions revisions;
  @Inject MergedTickets merged;

  @Inject
  @ConfigProperty(name = "tk.tickets.comments.edit-window-minutes", defaultValue = "15")
  long editWindowMinutes;

  /** The comments the user may read, oldest first. */
  public List<Comment> of(long ticketId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    boolean agent = TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.AGENT;
    return em.createQuery(
            "SELECT c FROM Comment c WHERE c.ticketId = :ticket"
                + (agent ? "" : " AND c.internal = FALSE")
                + " ORDER BY c.createdAt, c.id",
            Comment.class)
        .setParameter("ticket", ticket.id())
        .getResultList();
  }

  public Comment add(long ticketId, NewComment request, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    TicketRole role = TicketAccess.roleOn(viewer, ticket).orElseThrow();
    boolean internal = Boolean.TRUE.equals(request.internal());
    if (internal && role != TicketRole.AGENT) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.field-reserved", "internal");
    }
    merged.refuseChanges(ticket);
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.closed-unchangeable", ticket.number());
    }
    Set<String> mentions = mentionedAgents(request.mentions());
    Comment comment =
        new Comment(ticket.id(), user.id(), user.displayName(), request.body(), internal, mentions);
    em.persist(comment);
    em.flush();
    revisions.changed(ticket.id());
    events.commented(ticket, comment, user.id());
    if (role == TicketRole.REQUESTER
        && (ticket.status() == TicketStatus.PENDING || ticket.status() == TicketStatus.RESOLVED)) {
      // the requester answered or says the fix did not hold: back to the agents
      workflow.move(ticket, TicketStatus.OPEN, null, null, role, user.id(), user.displayName());
    }
    return comment;
  }

  public Comment edit(
      long ticketId, long commentId, CommentChanges changes, String ifMatch, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    boolean agent = TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.AGENT;
    Comment comment = em.find(Comment.class, commentId);
    if (comment == null || comment.ticketId() != ticket.id() || (comment.internal() && !agent)) {
      throw ApiException.notFound("comment.not-found", commentId);
    }
    if (!comment.authorId().equals(user.id())) {
      throw new ApiException(ProblemKind.FORBIDDEN, "comment.not-author");
    }
    if (!comment.editableBy(user.id(), Duration.ofMinutes(editWindowMinutes))) {
      throw new ApiException(ProblemKind.CONFLICT, "comment.edit-window-closed", editWindowMinutes);
    }
    Versions.requireMatch(ifMatch, comment.version());
    String before = comment.body();
    comment.edit(changes.body());
    history.record(
        ticket.id(),
        user.id(),
        user.displayName(),
        "comment:" + comment.id(),
        before,
        comment.body(),
        comment.internal());
    em.flush();
    revisions.changed(ticket.id());
    events.commentEdited(ticket, comment, user.id());
    return comment;
  }

  /** Mentions must name agents the module knows: members of a support group. */
  private Set<String> mentionedAgents(List<String> mentions) {
    Set<String> agents = new LinkedHashSet<>();
    if (mentions == null) {
      return agents;
    }
    for (String mention : mentions) {
      String id = mention.strip();
      long known =
          ((Number)
                  em.createNativeQuery(
                          "SELECT count(*) FROM ticket.support_group_members WHERE user_id = ?1")
                      .setParameter(1, id)
                      .getSingleResult())
              .longValue();
      if (known == 0) {
        throw new ApiException(ProblemKind.BAD_REQUEST, "comment.unknown-mention", id);
      }
      agents.add(id);
    }
    return agents;
  }
}
