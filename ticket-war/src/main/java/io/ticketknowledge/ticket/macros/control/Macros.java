package io.ticketknowledge.ticket.macros.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.macros.boundary.MacroRequest;
import io.ticketknowledge.ticket.macros.boundary.MacroView;
import io.ticketknowledge.ticket.macros.entity.Macro;
import io.ticketknowledge.ticket.macros.entity.MacroChanges;
import io.ticketknowledge.ticket.tickets.control.TicketTags;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps macros. Every agent uses the shared ones and their own; a personal macro is its owner's
 * alone (others, admins too, get 404), a shared one is changed by admins only.
 */
@ApplicationScoped
@Transactional
public class Macros {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject SupportGroups groups;

  /** Shared ones, then the caller's own, by name. */
  public List<Macro> usableBy(CurrentUser user) {
    return em
        .createQuery(
            "SELECT m FROM Macro m WHERE m.ownerId IS NULL OR m.ownerId = :me"
                + " ORDER BY m.name, m.id",
            Macro.class)
        .setParameter("me", user.id())
        .getResultList()
        .stream()
        .sorted(Comparator.comparing((Macro m) -> !m.shared()))
        .toList();
  }

  public Macro find(long id, CurrentUser user) {
    Macro macro = em.find(Macro.class, id);
    if (macro == null || !(macro.shared() || macro.ownerId().equals(user.id()))) {
      throw ApiException.notFound("macro.not-found", id);
    }
    return macro;
  }

  public Macro create(MacroRequest request, CurrentUser user) {
    boolean shared = Boolean.TRUE.equals(request.shared());
    if (shared && !user.hasRole(Roles.ADMIN)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "macro.shared-admin-only");
    }
    Macro macro = new Macro(shared ? null : user.id());
    define(macro, request);
    em.persist(macro);
    em.flush();
    return macro;
  }

  public Macro redefine(long id, MacroRequest request, String ifMatch, CurrentUser user) {
    Macro macro = changeable(id, user);
    Versions.requireMatch(ifMatch, macro.version());
    if (request.shared() != null && request.shared() != macro.shared()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "macro.sharing-fixed");
    }
    define(macro, request);
    em.flush();
    return macro;
  }

  public void delete(long id, String ifMatch, CurrentUser user) {
    Macro macro = changeable(id, user);
    Versions.requireMatch(ifMatch, macro.version());
    em.remove(macro);
  }

  public MacroChanges changesOf(Macro macro) {
    return MacroJson.read(macro.changesJson());
  }

  public MacroView view(Macro m) {
    return new MacroView(
        m.id(),
        m.name(),
        m.shared(),
        m.ownerId(),
        m.replyZh(),
        m.replyEn(),
        m.internal(),
        changesOf(m),
        m.updatedAt(),
        m.version());
  }

  private Macro changeable(long id, CurrentUser user) {
    Macro macro = find(id, user);
    if (macro.shared() && !user.hasRole(Roles.ADMIN)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "macro.shared-admin-only");
    }
    return macro;
  }

  private void define(Macro macro, MacroRequest request) {
    MacroChanges changes = request.changes() == null ? MacroChanges.none() : request.changes();
    boolean noReply = blank(request.replyZh()) && blank(request.replyEn());
    if (noReply && changes.equals(MacroChanges.none())) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "macro.empty");
    }
    Placeholders.check("replyZh", request.replyZh());
    Placeholders.check("replyEn", request.replyEn());
    if (changes.status() == TicketStatus.PENDING && changes.pendingReason() == null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.pending-reason-required");
    }
    if (changes.status() == TicketStatus.RESOLVED && blank(changes.resolution())) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.resolution-required");
    }
    if (changes.groupId() != null) {
      groups.require(changes.groupId());
    }
    if (changes.addTags() != null) {
      TicketTags.normalized(changes.addTags());
    }
    macro.define(
        request.name(),
        request.replyZh(),
        request.replyEn(),
        Boolean.TRUE.equals(request.internal()),
        MacroJson.write(changes));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
