package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.control.BusinessCalendars;
import io.ticketknowledge.ticket.sla.control.BusinessCalendars.ImportFormat;
import io.ticketknowledge.ticket.sla.control.CalendarDefinition;
import io.ticketknowledge.ticket.sla.control.SlaPolicies;
import io.ticketknowledge.ticket.sla.entity.Escalation;
import io.ticketknowledge.ticket.sla.entity.PolicyMatch;
import io.ticketknowledge.ticket.sla.entity.PolicyTerms;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.WorkCalendar;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Embedded profile only (with {@code tk.tickets.demo-data}): a Taipei office calendar with Taiwan's
 * 2026 national holidays, and one SLA policy per priority on it, seeded into a database without
 * calendars, before the demo tickets. The holidays come from {@code taiwan-holidays-2026.csv}
 * beside this class, in the government office calendar's format, generated from the Python package
 * {@code holidays} 0.105 (see docs/decisions/0014 for what that data lacks); admins edit the
 * calendar or import the government's own file over it.
 */
@ApplicationScoped
public class EmbeddedSlaSeed {

  static final String HOLIDAYS = "/io/ticketknowledge/ticket/sla/taiwan-holidays-2026.csv";

  private static final Logger LOG = Logger.getLogger(EmbeddedSlaSeed.class.getName());

  @Inject Config config;
  @Inject BusinessCalendars calendars;
  @Inject SlaPolicies policies;

  /** After the schema migration, before the demo tickets (EmbeddedDemoData). */
  void seed(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 850)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!enabled() || !calendars.all().isEmpty()) {
      return;
    }
    try {
      seedAll();
      LOG.info("embedded profile: Taipei office calendar (2026 holidays) and SLA policies seeded");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "embedded profile: SLA calendar could not be seeded", e);
    }
  }

  boolean enabled() {
    Optional<Boolean> explicit = config.getOptionalValue("tk.tickets.demo-data", Boolean.class);
    if (explicit.isPresent()) {
      return explicit.get();
    }
    return "embedded".equals(config.getOptionalValue("mp.config.profile", String.class).orElse(""));
  }

  private void seedAll() {
    List<String> day = List.of("08:30-12:30", "13:30-17:30");
    WorkCalendar calendar =
        calendars.create(
            CalendarDefinition.of(
                "台北辦公室 Taipei office",
                "Asia/Taipei",
                Map.of(
                    "MONDAY",
                    day,
                    "TUESDAY",
                    day,
                    "WEDNESDAY",
                    day,
                    "THURSDAY",
                    day,
                    "FRIDAY",
                    day)));
    try (InputStream file = EmbeddedSlaSeed.class.getResourceAsStream(HOLIDAYS);
        Reader csv = new InputStreamReader(file, StandardCharsets.UTF_8)) {
      calendars.importDays(
          calendar.id(), ImportFormat.TAIWAN_OFFICE_CSV, csv, "\"" + calendar.version() + "\"");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    policy(10, TicketPriority.P1, calendar, "PT1H", "PT2H", "PT8H");
    policy(20, TicketPriority.P2, calendar, "PT4H", "PT4H", "PT16H");
    policy(30, TicketPriority.P3, calendar, "PT8H", "PT8H", "PT40H");
    policy(40, TicketPriority.P4, calendar, "PT16H", "PT16H", "PT80H");
  }

  private void policy(
      int position,
      TicketPriority priority,
      WorkCalendar calendar,
      String firstResponse,
      String nextResponse,
      String resolution) {
    policies.create(
        new PolicyTerms(
            priority + " 標準 SLA",
            position,
            calendar.id(),
            new PolicyMatch(Set.of(priority), Set.of(), Set.of(), Set.of()),
            Map.of(
                SlaMetric.FIRST_RESPONSE, Duration.parse(firstResponse),
                SlaMetric.NEXT_RESPONSE, Duration.parse(nextResponse),
                SlaMetric.RESOLUTION, Duration.parse(resolution)),
            80,
            new Escalation(true, null),
            new Escalation(true, null)));
  }
}
