package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.IdempotencyKeys;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.categories.control.Categories;
import io.ticketknowledge.ticket.customfields.control.TicketFieldValues;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.boundary.NewTicket;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.RequestKey;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Opens and changes tickets; each call is one transaction, in which the change, its history entries
 * and its events are written together.
 */
@ApplicationScoped
@Transactional
public class TicketWorkflow {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject MergedTickets merged;
  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketNumbers numbers;
  @Inject TicketEvents events;
  @Inject TicketHistory history;
  @Inject Categories categories;
  @Inject SupportGroups groups;
  @Inject TicketFieldValues fieldValues;

  /**
   * Opens a ticket, once per {@code idempotencyKey}: a retry with the same key and request returns
   * the ticket the first request opened; the same key with another request is a conflict.
   */
  public OpenedTicket open(NewTicket request, String idempotencyKey, CurrentUser requester) {
    TicketViewer viewer = viewers.of(requester);
    boolean agent = viewer.admin() || viewer.agent();
    if (!agent) {
      refuseReserved("priority", request.priority());
      refuseReserved("groupId", request.groupId());
    }
    RequestKey.Id keyId = null;
    String fingerprint = null;
    if (idempotencyKey != null) {
      keyId = new RequestKey.Id(requester.id(), idempotencyKey);
      fingerprint = IdempotencyKeys.fingerprint(request);
      RequestKey earlier = em.find(RequestKey.class, keyId);
      if (earlier != null) {
        if (!earlier.isFor(fingerprint)) {
          throw IdempotencyKeys.reusedForAnotherRequest();
        }
        return new OpenedTicket(em.find(Ticket.class, earlier.ticketId()), true);
      }
    }
    if (request.categoryId() != null) {
      categories.requireActive(request.categoryId());
    }
    if (request.groupId() != null) {
      groups.require(request.groupId());
    }
    Ticket ticket =
        Ticket.open(
            numbers.next(OffsetDateTime.now(ZoneOffset.UTC)),
            request.subject(),
            request.description(),
            request.type(),
            request.categoryId(),
            request.impact(),
            request.urgency(),
            requester.id(),
            requester.displayName(),
            blankToNull(request.department()));
    if (request.priority() != null) {
      ticket.overridePriority(request.priority());
    }
    if (request.groupId() != null) {
      ticket.assignTo(request.groupId(), null, null);
    }
    fieldValues.apply(
        ticket,
        request.customFields(),
        agent ? TicketRole.AGENT : TicketRole.REQUESTER,
        requester,
        true);
    em.persist(ticket);
    em.flush();
    history.record(ticket.id(), requester, "opened", null, ticket.number());
    events.opened(ticket, requester.id());
    if (keyId != null) {
      // a concurrent twin fails here on the primary key and is answered 409 (retry to replay)
      em.persist(new RequestKey(keyId, fingerprint, ticket.id()));
      em.flush();
    }
    return new OpenedTicket(ticket, false);
  }

  /**
   * Applies a merge patch on behalf of {@code user}, provided the ticket is still at the version
   * named by {@code ifMatch}. Field changes, the assignment and the status move each leave history
   * entries and their own event.
   */
  public Ticket change(long id, TicketChanges changes, String ifMatch, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(id, viewer);
    TicketRole role = TicketAccess.roleOn(viewer, ticket).orElseThrow();
    if (role == TicketRole.WATCHER) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.watcher-read-only");
    }
    Versions.requireMatch(ifMatch, ticket.version());
    merged.refuseChanges(ticket);
    if (role == TicketRole.REQUESTER) {
      refuseReserved("priority", changes.priority());
      refuseReserved("department", changes.department());
      refuseReserved("groupId", changes.groupId());
      refuseReserved("assigneeId", changes.assigneeId());
      refuseReserved("tags", changes.tags());
      refuseReserved("linkedArticleIds", changes.linkedArticleIds());
      refuseReserved("proposeAsArticle", changes.proposeAsArticle());
    }
    TicketStatus from = ticket.status();
    boolean moves = changes.status() != null && changes.status() != from;
    boolean propose = Boolean.TRUE.equals(changes.proposeAsArticle());
    if (changes.proposeAsArticle() != null && changes.status() != TicketStatus.RESOLVED) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.proposal-needs-resolve");
    }
    if (from == TicketStatus.CLOSED && !moves) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.closed-unchangeable", ticket.number());
    }
    boolean fieldsChanged = applyFields(ticket, changes, user);
    if (fieldValues.apply(ticket, changes.customFields(), role, user, false)) {
      fieldsChanged = true;
    }
    if (fieldsChanged) {
      em.flush();
      events.changed(ticket, user.id());
    }
    applyAssignment(ticket, changes, user);
    if (moves) {
      move(
          ticket,
          changes.status(),
          changes.pendingReason(),
          changes.resolution(),
          role,
          user.id(),
          user.displayName(),
          propose);
    }
    return ticket;
  }

  private boolean applyFields(Ticket ticket, TicketChanges changes, CurrentUser user) {
    long id = ticket.id();
    boolean changed = false;
    if (changes.subject() != null && !changes.subject().strip().equals(ticket.subject())) {
      history.record(id, user, "subject", ticket.subject(), changes.subject().strip());
      ticket.rename(changes.subject());
      changed = true;
    }
    if (changes.description() != null
        && !changes.description().strip().equals(ticket.description())) {
      // the requester's words are never rewritten without a trace
      history.record(id, user, "description", ticket.description(), changes.description().strip());
      ticket.describe(changes.description());
      changed = true;
    }
    if (changes.type() != null && changes.type() != ticket.type()) {
      history.record(id, user, "type", ticket.type(), changes.type());
      ticket.classify(changes.type());
      changed = true;
    }
    if (changes.categoryId() != null && !changes.categoryId().equals(ticket.categoryId())) {
      categories.requireActive(changes.categoryId());
      history.record(id, user, "category", ticket.categoryId(), changes.categoryId());
      ticket.categorize(changes.categoryId());
      changed = true;
    }
    if (changes.department() != null
        && !Objects.equals(blankToNull(changes.department()), ticket.requesterDepartment())) {
      history.record(
          id, user, "department", ticket.requesterDepartment(), blankToNull(changes.department()));
      ticket.moveToDepartment(blankToNull(changes.department()));
      changed = true;
    }
    if (changes.impact() != null || changes.urgency() != null) {
      Level impact = changes.impact() == null ? ticket.impact() : changes.impact();
      Level urgency = changes.urgency() == null ? ticket.urgency() : changes.urgency();
      if (impact != ticket.impact() || urgency != ticket.urgency()) {
        history.record(id, user, "impact", ticket.impact(), impact);
        history.record(id, user, "urgency", ticket.urgency(), urgency);
        Object priorityBefore = ticket.priority();
        ticket.assess(impact, urgency);
        history.record(id, user, "priority", priorityBefore, ticket.priority());
        changed = true;
      }
    }
    if (changes.priority() != null
        && (changes.priority() != ticket.priority() || !ticket.priorityOverridden())) {
      history.record(id, user, "priority", ticket.priority(), changes.priority());
      ticket.overridePriority(changes.priority());
      changed = true;
    }
    if (changes.tags() != null) {
      Set<String> tags = TicketTags.normalized(changes.tags());
      if (!new TreeSet<>(ticket.tags()).equals(tags)) {
        history.record(id, user, "tags", String.join(", ", ticket.tags()), String.join(", ", tags));
        ticket.tag(tags);
        changed = true;
      }
    }
    if (changes.linkedArticleIds() != null) {
      Set<Long> articles = new TreeSet<>(changes.linkedArticleIds());
      if (!new TreeSet<>(ticket.linkedArticleIds()).equals(articles)) {
        history.record(id, user, "linkedArticles", join(ticket.linkedArticleIds()), join(articles));
        ticket.linkArticles(articles);
        changed = true;
      }
    }
    return changed;
  }

  /** The ids as history shows them; none is null (nothing), as for other absent values. */
  private static String join(java.util.Collection<Long> ids) {
    return ids.isEmpty()
        ? null
        : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private void applyAssignment(Ticket ticket, TicketChanges changes, CurrentUser user) {
    if (changes.groupId() == null && changes.assigneeId() == null) {
      return;
    }
    Long group = changes.groupId() == null ? ticket.groupId() : changes.groupId();
    String assignee = changes.assigneeId() == null ? ticket.assigneeId() : changes.assigneeId();
    if (changes.groupId() != null
        && changes.assigneeId() == null
        && !Objects.equals(group, ticket.groupId())) {
      // another group: its queue decides who works it, unless the assignee is a member too
      SupportGroup target = groups.require(group);
      if (assignee != null && !target.hasMember(assignee)) {
        assignee = null;
      }
    }
    assign(ticket, group, assignee, user);
  }

  /**
   * Puts the ticket in {@code groupId}'s queue and on {@code assigneeId}'s desk (either may be
   * null). The assignee must be a member of the group, or be the caller (an agent taking it).
   */
  boolean assign(Ticket ticket, Long groupId, String assigneeId, CurrentUser user) {
    String assigneeName = null;
    if (groupId != null) {
      SupportGroup group = groups.require(groupId);
      if (assigneeId != null) {
        assigneeName =
            group.members().stream()
                .filter(member -> member.userId().equals(assigneeId))
                .map(member -> member.userName())
                .findFirst()
                .orElse(null);
      }
    }
    if (assigneeId != null && assigneeName == null) {
      if (!assigneeId.equals(user.id())) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST, "ticket.assignee-not-in-group", assigneeId, groupId);
      }
      assigneeName = user.displayName();
    }
    if (Objects.equals(groupId, ticket.groupId())
        && Objects.equals(assigneeId, ticket.assigneeId())) {
      return false;
    }
    Long previousGroup = ticket.groupId();
    String previousAssignee = ticket.assigneeId();
    history.record(ticket.id(), user, "group", previousGroup, groupId);
    history.record(
        ticket.id(),
        user,
        "assignee",
        previousAssignee == null ? null : ticket.assigneeName(),
        assigneeId == null ? null : assigneeName);
    ticket.assignTo(groupId, assigneeId, assigneeName);
    em.flush();
    events.assigned(ticket, previousGroup, previousAssignee, user.id());
    return true;
  }

  /** A status move checked against {@link TicketTransitions}, with its history and event. */
  void move(
      Ticket ticket,
      TicketStatus to,
      PendingReason reason,
      String resolution,
      TicketRole role,
      CurrentUser user) {
    move(ticket, to, reason, resolution, role, user.id(), user.displayName());
  }

  public void move(
      Ticket ticket,
      TicketStatus to,
      PendingReason reason,
      String resolution,
      TicketRole role,
      String actorId,
      String actorName) {
    move(ticket, to, reason, resolution, role, actorId, actorName, false);
  }

  /**
   * @param proposeAsArticle on a move to RESOLVED: ticket.resolved asks Knowledge for a draft
   *     article
   */
  public void move(
      Ticket ticket,
      TicketStatus to,
      PendingReason reason,
      String resolution,
      TicketRole role,
      String actorId,
      String actorName,
      boolean proposeAsArticle) {
    TicketStatus from = ticket.status();
    if (!TicketTransitions.allows(from, to, role)) {
      String allowed =
          TicketTransitions.next(from, role).stream()
              .map(Enum::name)
              .collect(Collectors.joining(", "));
      throw new ApiException(
          ProblemKind.CONFLICT,
          "ticket.transition-refused",
          from.name(),
          to.name(),
          allowed.isEmpty() ? "-" : allowed);
    }
    if (to == TicketStatus.PENDING && reason == null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.pending-reason-required");
    }
    if (to == TicketStatus.RESOLVED && (resolution == null || resolution.isBlank())) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.resolution-required");
    }
    history.record(ticket.id(), actorId, actorName, "status", from, to, false);
    if (to == TicketStatus.PENDING) {
      history.record(ticket.id(), actorId, actorName, "pendingReason", null, reason, false);
    }
    if (to == TicketStatus.RESOLVED) {
      history.record(
          ticket.id(), actorId, actorName, "resolution", null, resolution.strip(), false);
    }
    ticket.moveTo(to, reason, resolution);
    em.flush();
    if (to == TicketStatus.RESOLVED) {
      if (proposeAsArticle) {
        history.record(ticket.id(), actorId, actorName, "proposeAsArticle", null, true, false);
      }
      events.resolved(ticket, from, actorId, proposeAsArticle);
    } else if (to == TicketStatus.CLOSED) {
      events.closed(ticket, from, actorId);
    } else if (TicketTransitions.reopens(from, to)) {
      events.reopened(ticket, from, actorId);
    } else {
      events.statusChanged(ticket, from, actorId);
    }
  }

  private static void refuseReserved(String field, Object value) {
    if (value != null) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.field-reserved", field);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
