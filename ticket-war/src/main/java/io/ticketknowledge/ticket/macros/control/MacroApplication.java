package io.ticketknowledge.ticket.macros.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.comments.boundary.NewComment;
import io.ticketknowledge.ticket.comments.control.TicketConversation;
import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.macros.entity.Macro;
import io.ticketknowledge.ticket.macros.entity.MacroChanges;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Applies a macro to a ticket in ONE transaction: the field changes through the workflow (same
 * rules, history and events as a PATCH), then the reply (placeholders filled from the ticket as it
 * was when the agent chose the macro) through the conversation. Any refusal undoes both.
 */
@ApplicationScoped
@Transactional
public class MacroApplication {

  @Inject Macros macros;
  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketWorkflow workflow;
  @Inject TicketConversation conversation;
  @Inject TicketHistory history;

  /** The ticket after the macro, and the comment it wrote (null when it has no reply). */
  public record Applied(Ticket ticket, Comment comment) {}

  public Applied apply(
      long ticketId, long macroId, String ifMatch, boolean english, CurrentUser user) {
    Ticket ticket = queries.visible(ticketId, user);
    if (TicketAccess.roleOn(viewers.of(user), ticket).orElseThrow() != TicketRole.AGENT) {
      throw new ApiException(ProblemKind.FORBIDDEN, "macro.agents-only");
    }
    Macro macro = macros.find(macroId, user);
    Versions.requireMatch(ifMatch, ticket.version());
    String template = macro.reply(english);
    String reply =
        template == null
            ? null
            : Placeholders.fill(template, Placeholders.of(ticket, user.displayName()));
    history.record(ticket.id(), user, "macro", null, macro.name());
    MacroChanges changes = macros.changesOf(macro);
    if (!changes.equals(MacroChanges.none())) {
      ticket = workflow.change(ticket.id(), patch(ticket, changes), ifMatch, user);
    }
    Comment comment =
        reply == null
            ? null
            : conversation.add(ticket.id(), new NewComment(reply, macro.internal(), null), user);
    return new Applied(ticket, comment);
  }

  private static TicketChanges patch(Ticket ticket, MacroChanges changes) {
    List<String> tags = null;
    if (changes.addTags() != null && !changes.addTags().isEmpty()) {
      TreeSet<String> all = new TreeSet<>(ticket.tags());
      changes.addTags().forEach(t -> all.add(t.strip().toLowerCase(Locale.ROOT)));
      tags = new ArrayList<>(all);
    }
    return new TicketChanges(
        null,
        null,
        null,
        null,
        null,
        null,
        changes.priority(),
        null,
        changes.groupId(),
        changes.assigneeId(),
        changes.status(),
        changes.pendingReason(),
        changes.resolution(),
        tags,
        null);
  }
}
