package io.ticketknowledge.ticket.assignment.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.assignment.entity.AgentAvailability;
import io.ticketknowledge.ticket.assignment.entity.AssignmentMode;
import io.ticketknowledge.ticket.assignment.entity.GroupAssignment;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.sla.control.CalendarDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Groups' auto-assignment settings and agents' availability. A group or agent without a row has the
 * defaults (OFF, limit 20; available at any time) at version 0, so the first change sends {@code
 * If-Match: "0"}.
 */
@ApplicationScoped
@Transactional
public class AssignmentSettings {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject SupportGroups groups;

  public GroupAssignment of(long groupId) {
    groups.find(groupId);
    GroupAssignment settings = em.find(GroupAssignment.class, groupId);
    return settings == null ? new GroupAssignment(groupId) : settings;
  }

  public GroupAssignment configure(long groupId, AssignmentMode mode, int limit, String ifMatch) {
    groups.find(groupId);
    GroupAssignment settings = em.find(GroupAssignment.class, groupId);
    Versions.requireMatch(ifMatch, settings == null ? 0 : settings.version());
    if (settings == null) {
      settings = new GroupAssignment(groupId);
      settings.configure(mode, limit);
      em.persist(settings);
    } else {
      settings.configure(mode, limit);
    }
    em.flush();
    return settings;
  }

  public AgentAvailability availability(String userId) {
    AgentAvailability availability = em.find(AgentAvailability.class, userId);
    return availability == null ? new AgentAvailability(userId) : availability;
  }

  /** An agent sets their own availability; admins anyone's. */
  public AgentAvailability setAvailability(
      String userId,
      boolean available,
      String timeZone,
      Map<String, List<String>> week,
      String ifMatch,
      CurrentUser user) {
    if (!user.id().equals(userId) && !user.hasRole(Roles.ADMIN)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "assignment.not-your-availability");
    }
    if ((timeZone == null) != (week == null)) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "assignment.hours-need-zone");
    }
    // the calendars' parser: same weekday names, HH:mm-HH:mm stretches and 400s
    CalendarDefinition hours = week == null ? null : CalendarDefinition.of(userId, timeZone, week);
    AgentAvailability availability = em.find(AgentAvailability.class, userId);
    Versions.requireMatch(ifMatch, availability == null ? 0 : availability.version());
    if (availability == null) {
      availability = new AgentAvailability(userId);
      em.persist(availability);
    }
    availability.set(
        available, hours == null ? null : hours.zone(), hours == null ? null : hours.week());
    em.flush();
    return availability;
  }
}
