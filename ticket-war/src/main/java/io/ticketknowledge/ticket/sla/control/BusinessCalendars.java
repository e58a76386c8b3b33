package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

/** Keeps the business calendars; each call is one transaction, every change checks If-Match. */
@ApplicationScoped
@Transactional
public class BusinessCalendars {

  /** The file formats an admin may import days from. */
  public enum ImportFormat {
    TAIWAN_OFFICE_CSV,
    ICS
  }

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public List<WorkCalendar> all() {
    return em.createQuery("select c from WorkCalendar c order by c.name", WorkCalendar.class)
        .getResultList();
  }

  public WorkCalendar find(long id) {
    WorkCalendar calendar = em.find(WorkCalendar.class, id);
    if (calendar == null) {
      throw ApiException.notFound("calendar.not-found", id);
    }
    return calendar;
  }

  public WorkCalendar create(CalendarDefinition definition) {
    requireFreeName(definition.name(), null);
    WorkCalendar calendar =
        WorkCalendar.of(definition.name(), definition.zone(), definition.week());
    em.persist(calendar);
    em.flush();
    return calendar;
  }

  public WorkCalendar redefine(long id, CalendarDefinition definition, String ifMatch) {
    WorkCalendar calendar = current(id, ifMatch);
    requireFreeName(definition.name(), calendar.id());
    calendar.define(definition.name(), definition.zone(), definition.week());
    em.flush();
    return calendar;
  }

  /** Refused (409) while an SLA policy measures on the calendar. */
  public void delete(long id, String ifMatch) {
    WorkCalendar calendar = current(id, ifMatch);
    em.createQuery(
            "select p.name from SlaPolicyDefinition p where p.calendarId = :calendar", String.class)
        .setParameter("calendar", id)
        .setMaxResults(1)
        .getResultList()
        .forEach(
            policy -> {
              throw new ApiException(ProblemKind.CONFLICT, "calendar.in-use", policy);
            });
    em.remove(calendar);
  }

  public WorkCalendar putDay(long id, CalendarDay day, String ifMatch) {
    WorkCalendar calendar = current(id, ifMatch);
    calendar.putDays(List.of(day));
    em.flush();
    return calendar;
  }

  public WorkCalendar removeDay(long id, LocalDate date, String ifMatch) {
    WorkCalendar calendar = current(id, ifMatch);
    if (!calendar.removeDay(date)) {
      throw ApiException.notFound("calendar.day-not-found", date, id);
    }
    em.flush();
    return calendar;
  }

  /**
   * Adds what a calendar file says departs from the calendar's week; dates already listed are
   * replaced. The whole file is refused when one line is bad.
   */
  public ImportResult importDays(long id, ImportFormat format, Reader file, String ifMatch) {
    WorkCalendar calendar = current(id, ifMatch);
    ImportedDays imported;
    try {
      imported =
          switch (format) {
            case TAIWAN_OFFICE_CSV -> new TaiwanOfficeCalendarCsv(calendar.week()).read(file);
            case ICS -> new IcsHolidayCalendar(calendar.week()).read(file);
          };
    } catch (CalendarImportException e) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST, "calendar.import-refused", e.line(), e.getMessage());
    }
    calendar.putDays(imported.days());
    em.flush();
    return new ImportResult(calendar, imported);
  }

  /** The calendar after an import, and what the file held. */
  public record ImportResult(WorkCalendar calendar, ImportedDays imported) {}

  private WorkCalendar current(long id, String ifMatch) {
    WorkCalendar calendar = find(id);
    Versions.requireMatch(ifMatch, calendar.version());
    return calendar;
  }

  private void requireFreeName(String name, Long except) {
    boolean taken =
        em
            .createQuery(
                "select c.id from WorkCalendar c where lower(c.name) = lower(:name)", Long.class)
            .setParameter("name", name)
            .getResultList()
            .stream()
            .anyMatch(id -> !id.equals(except));
    if (taken) {
      throw new ApiException(ProblemKind.CONFLICT, "calendar.name-taken", name);
    }
  }
}
