package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.comments.boundary.NewComment;
import io.ticketknowledge.ticket.comments.control.TicketConversation;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.mail.entity.InboundMessage;
import io.ticketknowledge.ticket.mail.entity.InboundOutcome;
import io.ticketknowledge.ticket.tickets.boundary.NewTicket;
import io.ticketknowledge.ticket.tickets.control.OpenedTicket;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Makes a ticket or a comment of a person's mail, together with its record in {@code mail_inbound}
 * in one transaction: a second server reading the same message fails on the record's unique
 * Message-ID and leaves no second ticket. Goes through the same workflow as the API (with its
 * events, history and rules), as a requester.
 */
@ApplicationScoped
@Transactional
public class InboundTickets {

  @Inject TicketWorkflow workflow;
  @Inject TicketConversation conversation;
  @Inject InboundRecords records;

  public record Made(long ticketId, Long commentId) {}

  public Made open(InboundMessage mail, String subject, String text, CurrentUser sender) {
    OpenedTicket opened =
        workflow.open(
            new NewTicket(subject, text, null, null, null, null, null, null, null, Map.of()),
            null,
            sender);
    long id = opened.ticket().id();
    records.record(
        mail.messageId(),
        mail.fromAddress(),
        mail.subject(),
        InboundOutcome.TICKET_CREATED,
        id,
        null,
        null);
    return new Made(id, null);
  }

  public Made reply(
      InboundMessage mail, long ticketId, String text, String via, CurrentUser sender) {
    Comment comment = conversation.add(ticketId, new NewComment(text, false, null), sender);
    records.record(
        mail.messageId(),
        mail.fromAddress(),
        mail.subject(),
        InboundOutcome.COMMENT_ADDED,
        ticketId,
        comment.id(),
        "threaded by " + via);
    return new Made(ticketId, comment.id());
  }
}
