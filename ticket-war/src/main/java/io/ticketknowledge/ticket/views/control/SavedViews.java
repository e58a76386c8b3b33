package io.ticketknowledge.ticket.views.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.tickets.control.TicketFilter;
import io.ticketknowledge.ticket.tickets.control.TicketSort;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.views.boundary.ViewDefinition;
import io.ticketknowledge.ticket.views.entity.SavedView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saved views: create, read, replace, delete, each by the rules of {@link SavedViewAccess}. */
@ApplicationScoped
@Transactional
public class SavedViews {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketViewers viewers;
  @Inject SupportGroups groups;

  /** A view's filter and sort, parsed, ready to run as the list. */
  public record Parsed(TicketFilter filter, TicketSort sort) {}

  /** The views the user sees: their own, then the shared ones, by name. */
  public List<SavedView> visible(CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    TypedQuery<SavedView> query =
        em.createQuery(
            "SELECT v FROM SavedView v WHERE "
                + SavedViewAccess.jpqlCondition(viewer)
                + " ORDER BY v.shared, v.name, v.id",
            SavedView.class);
    query.setParameter("me", viewer.userId() == null ? "" : viewer.userId());
    if (!viewer.admin() && viewer.agent() && !viewer.groupIds().isEmpty()) {
      query.setParameter("groups", viewer.groupIds());
    }
    return query.setMaxResults(500).getResultList();
  }

  public SavedView get(long id, CurrentUser user) {
    return visible(id, viewers.of(user));
  }

  public SavedView create(ViewDefinition definition, CurrentUser user) {
    SavedView view = new SavedView(user.id());
    define(view, definition, viewers.of(user));
    em.persist(view);
    em.flush();
    return view;
  }

  public SavedView replace(long id, ViewDefinition definition, String ifMatch, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    SavedView view = changeable(id, viewer);
    Versions.requireMatch(ifMatch, view.version());
    define(view, definition, viewer);
    em.flush();
    return view;
  }

  public void delete(long id, String ifMatch, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    SavedView view = changeable(id, viewer);
    Versions.requireMatch(ifMatch, view.version());
    em.remove(view);
  }

  /** The view's filter and sort, parsed again (a stored view is re-checked on every run). */
  public Parsed parsed(long id, CurrentUser user) {
    SavedView view = get(id, user);
    return new Parsed(TicketFilter.parseQuery(view.filter()), TicketSort.parse(view.sort()));
  }

  private void define(SavedView view, ViewDefinition definition, TicketViewer viewer) {
    boolean shared = Boolean.TRUE.equals(definition.shared());
    if (shared && !viewer.agent() && !viewer.admin()) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.view.shared-agents-only");
    }
    Long group = shared ? definition.groupId() : null;
    if (group != null) {
      groups.require(group);
      if (!viewer.admin() && !viewer.groupIds().contains(group)) {
        throw new ApiException(ProblemKind.FORBIDDEN, "ticket.view.not-in-group", group);
      }
    }
    if (!shared && definition.groupId() != null) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST,
          "ticket.filter.bad-value",
          "groupId",
          definition.groupId(),
          "shared: true");
    }
    TicketFilter filter = TicketFilter.parse(filterParameters(definition.filter()));
    TicketSort sort = TicketSort.parse(definition.sort());
    view.define(definition.name(), shared, group, filter.toQuery(), sort.apiName());
  }

  /** The stored filter as list parameters; paging parameters belong to a run, not to a view. */
  static Map<String, List<String>> filterParameters(Map<String, String> filter) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (filter == null) {
      return parameters;
    }
    for (Map.Entry<String, String> e : filter.entrySet()) {
      if (TicketFilter.PAGING.contains(e.getKey())) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST,
            "ticket.filter.unknown-field",
            e.getKey(),
            String.join(", ", TicketFilter.FIELDS));
      }
      parameters.put(e.getKey(), List.of(e.getValue()));
    }
    return parameters;
  }

  private SavedView visible(long id, TicketViewer viewer) {
    SavedView view = em.find(SavedView.class, id);
    if (view == null || !SavedViewAccess.canSee(viewer, view)) {
      throw ApiException.notFound("ticket.view.not-found", id);
    }
    return view;
  }

  private SavedView changeable(long id, TicketViewer viewer) {
    SavedView view = visible(id, viewer);
    if (!SavedViewAccess.canChange(viewer, view)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.view.not-yours");
    }
    return view;
  }
}
