package io.ticketknowledge.ticket.attachments.control;

import io.ticketknowledge.platform.blobs.StoredBlob;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.scan.ScanOutcome;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.control.MergedTickets;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of ticket attachments and who may touch them, each call one short transaction (the bytes
 * move outside of any). The rule: whoever may read the ticket ({@link TicketAccess}) lists and
 * fetches its attachments, except those of internal notes, which only agents and admins see (404
 * for anyone else, as for an attachment of another ticket); the requester and agents attach files
 * to the ticket, anyone who may comment attaches files to their own comment; the uploader or an
 * agent removes one. Closed tickets take none and lose none (409).
 */
@ApplicationScoped
@Transactional
public class AttachmentRecords {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject MergedTickets merged;
  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketEvents events;
  @Inject TicketHistory history;

  /** Checks that the user may attach a file there, before any byte is read. */
  public AttachmentTarget target(long ticketId, Long commentId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    TicketRole role = TicketAccess.roleOn(viewer, ticket).orElseThrow();
    boolean internal = false;
    if (commentId == null) {
      if (role == TicketRole.WATCHER) {
        throw new ApiException(ProblemKind.FORBIDDEN, "ticket.watcher-read-only");
      }
    } else {
      Comment comment = em.find(Comment.class, commentId);
      if (comment == null
          || comment.ticketId() != ticket.id()
          || (comment.internal() && role != TicketRole.AGENT)) {
        throw ApiException.notFound("comment.not-found", commentId);
      }
      if (role != TicketRole.AGENT && !comment.authorId().equals(user.id())) {
        throw new ApiException(ProblemKind.FORBIDDEN, "attachment.not-comment-author");
      }
      internal = comment.internal();
    }
    merged.refuseChanges(ticket);
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.closed-unchangeable", ticket.number());
    }
    return new AttachmentTarget(ticket.id(), commentId, internal);
  }

  /** The row, its history entry and its event, in one transaction. */
  public TicketAttachment add(
      AttachmentTarget target,
      StoredBlob blob,
      String fileName,
      ScanOutcome scanOutcome,
      CurrentUser user) {
    Ticket ticket = queries.visible(target.ticketId(), user);
    TicketAttachment attachment =
        new TicketAttachment(
                ticket.id(),
                target.commentId(),
                target.internal(),
                blob.key(),
                fileName,
                blob.contentType(),
                blob.size(),
                blob.sha256(),
                user.id(),
                user.displayName())
            .scanned(scanOutcome);
    em.persist(attachment);
    history.record(
        ticket.id(),
        user.id(),
        user.displayName(),
        "attachment",
        null,
        fileName,
        attachment.internal());
    em.flush();
    events.attachmentAdded(ticket, attachment, user.id());
    return attachment;
  }

  /** The ticket's attachments the user may see, oldest first; of one comment when given. */
  public List<TicketAttachment> of(long ticketId, Long commentId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    boolean agent = TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.AGENT;
    if (commentId != null) {
      Comment comment = em.find(Comment.class, commentId);
      if (comment == null || comment.ticketId() != ticket.id() || (comment.internal() && !agent)) {
        throw ApiException.notFound("comment.not-found", commentId);
      }
    }
    TypedQuery<TicketAttachment> query =
        em.createQuery(
                "SELECT a FROM TicketAttachment a WHERE a.ticketId = :ticket"
                    + (agent ? "" : " AND a.internal = FALSE")
                    + (commentId == null ? "" : " AND a.commentId = :comment")
                    + " ORDER BY a.createdAt, a.id",
                TicketAttachment.class)
            .setParameter("ticket", ticket.id());
    if (commentId != null) {
      query.setParameter("comment", commentId);
    }
    return query.getResultList();
  }

  /**
   * The attachment if it belongs to this ticket and the user may see it; 404 otherwise, whether it
   * exists elsewhere or not.
   */
  public TicketAttachment visible(long ticketId, String attachmentId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    boolean agent = TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.AGENT;
    TicketAttachment attachment =
        attachmentId != null && UUID.matcher(attachmentId).matches()
            ? em.find(TicketAttachment.class, attachmentId)
            : null;
    if (attachment == null
        || attachment.ticketId() != ticket.id()
        || (attachment.internal() && !agent)) {
      throw ApiException.notFound("attachment.not-found");
    }
    return attachment;
  }

  /** Removes the row (recorded in the history) and returns it; the caller deletes the bytes. */
  public TicketAttachment remove(long ticketId, String attachmentId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    TicketAttachment attachment = visible(ticketId, attachmentId, user);
    Ticket ticket = em.find(Ticket.class, ticketId);
    boolean agent = TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.AGENT;
    if (!agent && !attachment.uploaderId().equals(user.id())) {
      throw new ApiException(ProblemKind.FORBIDDEN, "attachment.not-uploader");
    }
    merged.refuseChanges(ticket);
    if (ticket.status() == TicketStatus.CLOSED) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.closed-unchangeable", ticket.number());
    }
    em.remove(attachment);
    history.record(
        ticket.id(),
        user.id(),
        user.displayName(),
        "attachment",
        attachment.fileName(),
        null,
        attachment.internal());
    return attachment;
  }
}
