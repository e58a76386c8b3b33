package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditChanges;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.sla.control.BusinessCalendars;
import io.ticketknowledge.ticket.sla.control.BusinessCalendars.ImportFormat;
import io.ticketknowledge.ticket.sla.control.BusinessCalendars.ImportResult;
import io.ticketknowledge.ticket.sla.control.BusinessTime;
import io.ticketknowledge.ticket.sla.control.CalendarDefinition;
import io.ticketknowledge.ticket.sla.entity.WorkCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Business calendars for SLA clocks: admins define and import them, agents read them (and what
 * working time they give).
 */
@Path("calendars")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarsResource {

  static final String CSV = "text/csv";
  static final String ICS = "text/calendar";

  @Inject BusinessCalendars calendars;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "List business calendars")
  @APIResponse(
      responseCode = "200",
      description = "The calendars",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "calendars", value = ApiExamples.CALENDARS)))
  public List<CalendarView> list() {
    return calendars.all().stream().map(CalendarView::of).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create a business calendar",
      description = "Time zone, weekly working hours.")
  @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(
      responseCode = "409",
      description = "A calendar of that name exists",
      ref = "problem")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "office", value = ApiExamples.CALENDAR_REQUEST)))
  public Response create(@Valid @NotNull CalendarRequest request, @Context UriInfo uri) {
    WorkCalendar calendar = calendars.create(definition(request));
    audit.success(
        AuditAction.CALENDAR_CHANGED,
        AuditObject.of("calendar", calendar.id()),
        AuditChanges.requested(request));
    return Response.created(uri.getAbsolutePathBuilder().path(calendar.id().toString()).build())
        .tag(Versions.etag(calendar.version()))
        .entity(CalendarView.of(calendar))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a business calendar")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(
      responseCode = "200",
      description = "The calendar; ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "calendar", value = ApiExamples.CALENDAR)))
  public Response get(@PathParam("id") long id) {
    return ok(calendars.find(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Redefine a calendar's name, zone and week", description = "Needs If-Match.")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "office", value = ApiExamples.CALENDAR_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Redefined",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "calendar", value = ApiExamples.CALENDAR)))
  public Response redefine(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CalendarRequest request) {
    audit.success(
        AuditAction.CALENDAR_CHANGED,
        AuditObject.of("calendar", id),
        AuditChanges.requested(request));
    return ok(calendars.redefine(id, definition(request), ifMatch));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Delete a calendar", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    calendars.delete(id, ifMatch);
    audit.success(
        AuditAction.CALENDAR_CHANGED,
        AuditObject.of("calendar", id),
        AuditChanges.requested(java.util.Map.of("deleted", true)));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/days")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "List the holidays and make-up working days of a calendar, by date")
  @APIResponse(
      responseCode = "200",
      description = "The exception days",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "days", value = ApiExamples.CALENDAR_DAYS)))
  public List<CalendarDayView> days(
      @PathParam("id") long id,
      @Parameter(description = "Only this year") @QueryParam("year") Integer year) {
    return calendars.find(id).days().stream()
        .filter(day -> year == null || day.date().getYear() == year)
        .map(CalendarDayView::of)
        .toList();
  }

  @PUT
  @Path("{id}/days/{date}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Set a holiday or make-up working day",
      description = "Needs If-Match with the calendar's ETag; replaces what the date had.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "holiday", value = ApiExamples.CALENDAR_DAY_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "The calendar with the day; its new ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "calendar", value = ApiExamples.CALENDAR)))
  public Response putDay(
      @PathParam("id") long id,
      @PathParam("date") String date,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CalendarDayRequest request) {
    LocalDate day = date(date);
    Response changed =
        ok(
            calendars.putDay(
                id,
                CalendarDefinition.day(day, request.kind(), request.note(), request.hours()),
                ifMatch));
    audit.success(
        AuditAction.CALENDAR_CHANGED,
        AuditObject.of("calendar-day", id + "/" + day),
        AuditChanges.requested(request));
    return changed;
  }

  @DELETE
  @Path("{id}/days/{date}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Remove a date's exception (the ordinary week applies again)")
  @APIResponse(
      responseCode = "200",
      description = "The calendar after the removal",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "calendar", value = ApiExamples.CALENDAR)))
  public Response removeDay(
      @PathParam("id") long id,
      @PathParam("date") String date,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Response removed = ok(calendars.removeDay(id, date(date), ifMatch));
    audit.success(
        AuditAction.CALENDAR_CHANGED,
        AuditObject.of("calendar-day", id + "/" + date),
        AuditChanges.requested(java.util.Map.of("removed", true)));
    return removed;
  }

  @POST
  @Path("{id}/imports")
  @Consumes({CSV, ICS})
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Import holidays and make-up working days from a file",
      description =
          "text/csv: the government office calendar of Taiwan (data.gov.tw, 西元日期,星期,是否放假,備註;"
              + " UTF-8 or Big5). text/calendar: an iCalendar feed of all-day events. Only dates that"
              + " depart from the calendar's week are kept. Needs If-Match; a bad line refuses the"
              + " whole file.")
  @APIResponse(
      responseCode = "200",
      description = "Imported; the calendar's new ETag is in the header",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "imported", value = ApiExamples.IMPORT_SUMMARY)))
  @APIResponse(
      responseCode = "400",
      description = "A line of the file is not valid",
      ref = "problem")
  @RequestBody(
      content =
          @Content(
              mediaType = CSV,
              examples = @ExampleObject(name = "data.gov.tw", value = ApiExamples.CALENDAR_CSV)))
  public Response importDays(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
      byte[] file) {
    ImportFormat format =
        type.isCompatible(MediaType.valueOf(ICS))
            ? ImportFormat.ICS
            : ImportFormat.TAIWAN_OFFICE_CSV;
    ImportResult result = calendars.importDays(id, format, text(file, type), ifMatch);
    audit.success(
        AuditAction.CALENDAR_CHANGED,
        AuditObject.of("calendar", id),
        AuditChanges.requested(
            java.util.Map.of(
                "imported", result.imported().days().size(), "format", format.name())));
    ImportSummary summary =
        new ImportSummary(
            CalendarView.of(result.calendar()),
            result.imported().days().stream().map(CalendarDayView::of).toList(),
            result.imported().unchanged());
    return Response.ok(summary).tag(Versions.etag(result.calendar().version())).build();
  }

  @GET
  @Path("{id}/working-time")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Working time between two instants, or when an amount of working time ends",
      description = "Give from and either to or add (ISO 8601 duration, e.g. PT16H).")
  @APIResponse(
      responseCode = "200",
      description = "When the working time ends",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "sixteen hours", value = ApiExamples.WORKING_TIME)))
  public WorkingTimeView workingTime(
      @PathParam("id") long id,
      @Parameter(example = "2026-02-13T09:30:00+08:00") @QueryParam("from") String from,
      @Parameter(example = "2026-02-24T09:30:00+08:00") @QueryParam("to") String to,
      @Parameter(example = "PT16H") @QueryParam("add") String add) {
    WorkCalendar calendar = calendars.find(id);
    BusinessTime time = new BusinessTime(calendar.toCalendar());
    Instant start = instant("from", from);
    if ((to == null) == (add == null)) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.to-or-add");
    }
    if (to != null) {
      Instant end = instant("to", to);
      return view(calendar, start, end, time.between(start, end));
    }
    Duration amount = duration(add);
    Instant end =
        time.plus(start, amount)
            .orElseThrow(
                () -> new ApiException(ProblemKind.BAD_REQUEST, "calendar.no-working-time-ahead"));
    return view(calendar, start, end, amount);
  }

  private static WorkingTimeView view(
      WorkCalendar calendar, Instant from, Instant to, Duration time) {
    return new WorkingTimeView(
        from.atZone(calendar.zone()).toOffsetDateTime(),
        to.atZone(calendar.zone()).toOffsetDateTime(),
        time);
  }

  private static Response ok(WorkCalendar calendar) {
    return Response.ok(CalendarView.of(calendar)).tag(Versions.etag(calendar.version())).build();
  }

  private static CalendarDefinition definition(CalendarRequest request) {
    return CalendarDefinition.of(request.name(), request.timeZone(), request.week());
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.bad-date", text);
    }
  }

  private static Instant instant(String name, String text) {
    if (text == null || text.isBlank()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.bad-instant", name, "");
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.bad-instant", name, text);
    }
  }

  private static Duration duration(String text) {
    try {
      Duration amount = Duration.parse(text.strip());
      if (amount.isNegative() || amount.compareTo(Duration.ofDays(3650)) > 0) {
        throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.bad-duration", text);
      }
      return amount;
    } catch (DateTimeParseException e) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.bad-duration", text);
    }
  }

  /** The file's text: its declared charset, else UTF-8, else Big5 (older Taiwanese files). */
  private static Reader text(byte[] file, MediaType type) {
    String declared = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    Charset charset = StandardCharsets.UTF_8;
    if (declared != null) {
      try {
        charset = Charset.forName(declared);
      } catch (IllegalArgumentException e) {
        throw new ApiException(ProblemKind.BAD_REQUEST, "calendar.bad-charset", declared);
      }
    } else if (!decodes(file, StandardCharsets.UTF_8) && Charset.isSupported("Big5")) {
      charset = Charset.forName("Big5");
    }
    return new InputStreamReader(new ByteArrayInputStream(file), charset);
  }

  private static boolean decodes(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
