package io.ticketknowledge.ticket.reports.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.audit.FieldChange;
import io.ticketknowledge.platform.exports.ExportFormat;
import io.ticketknowledge.platform.exports.TableWriter;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.reports.control.ReportRequest;
import io.ticketknowledge.ticket.reports.control.ReportScope;
import io.ticketknowledge.ticket.reports.control.TicketOutcomeRollup;
import io.ticketknowledge.ticket.reports.control.TicketReports;
import io.ticketknowledge.ticket.reports.entity.ReportTable;
import io.ticketknowledge.ticket.reports.entity.TicketReport;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The Ticket reports (agents: their groups; admins: every group), as JSON or exported as CSV/XLSX.
 * Knowledge deflection is served by the Knowledge module ({@code
 * /api/knowledge/reports/deflection}).
 */
@Path("reports")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @Inject TicketReports reports;
  @Inject TicketOutcomeRollup rollup;
  @Inject TicketViewers viewers;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @GET
  @Path("{report}")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "A report",
      description =
          "backlog, created-resolved, response-times, sla-compliance, top-categories,"
              + " agent-workload. Period from/to (days, inclusive, default the last 30 days) in"
              + " zone (default UTC), at most 366 days; group (ids) narrows to those groups."
              + " Agents see their own groups only (403 for another group). Times and SLA"
              + " verdicts come from the outcome rollup (lag: tk.reports.rollup.interval-seconds).")
  @Parameters({
    @Parameter(
        name = "from",
        in = ParameterIn.QUERY,
        example = "2026-11-01",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "to",
        in = ParameterIn.QUERY,
        example = "2026-11-30",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "zone",
        in = ParameterIn.QUERY,
        example = "Asia/Taipei",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "group",
        in = ParameterIn.QUERY,
        example = "50",
        schema = @Schema(type = SchemaType.STRING))
  })
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "backlog", value = ReportExamples.BACKLOG),
                @ExampleObject(name = "created-resolved", value = ReportExamples.CREATED_RESOLVED)
              }))
  @APIResponse(responseCode = "400", ref = "problem")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", description = "No such report", ref = "problem")
  public ReportView report(@PathParam("report") String name, @Context UriInfo uri) {
    TicketReport report = report(name);
    ReportRequest request = parse(uri, Set.of());
    ReportScope scope = ReportScope.of(viewers.of(currentUser), request);
    return ReportView.of(report.apiName(), request, scope, reports.run(report, request, scope));
  }

  @GET
  @Path("{report}/export")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "A report as CSV or XLSX",
      description =
          "The report's parameters plus format=csv (default; UTF-8 with BOM) or xlsx. Cells that"
              + " a spreadsheet would run as a formula are kept as text. Audited.")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = {
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "400", ref = "problem")
  @APIResponse(responseCode = "403", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response export(@PathParam("report") String name, @Context UriInfo uri) {
    TicketReport report = report(name);
    ExportFormat format = ExportFormat.parse(uri.getQueryParameters().getFirst("format"));
    ReportRequest request = parse(uri, Set.of("format"));
    ReportScope scope = ReportScope.of(viewers.of(currentUser), request);
    ReportTable table = reports.run(report, request, scope);
    audit.success(
        AuditAction.DATA_EXPORTED,
        AuditObject.of("report", report.apiName()),
        List.of(
            FieldChange.of("format", null, format.name()),
            FieldChange.of("period", null, request.from() + "/" + request.to()),
            FieldChange.of("groups", null, scope.everyGroup() ? "all" : scope.groupIds()),
            FieldChange.of("rows", null, table.rows().size())));
    StreamingOutput body =
        out -> {
          try (TableWriter writer = format.open(out)) {
            writer.header(table.columns());
            for (List<Object> row : table.rows()) {
              writer.row(row);
            }
          }
        };
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            format.attachment(report.apiName() + "-" + request.from() + "-" + request.to()))
        .build();
  }

  @POST
  @Path("rollups")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Bring the outcome rollup up to date now (admins)",
      description =
          "What the job does every tk.reports.rollup.interval-seconds: the tickets changed since"
              + " its last run get their outcome row (times, SLA verdicts) rewritten.")
  @APIResponse(
      responseCode = "200",
      description = "How many outcome rows changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "rollup", value = ReportExamples.ROLLUP_RUN)))
  @APIResponse(responseCode = "403", ref = "problem")
  public RollupRun rollup() {
    return new RollupRun(rollup.run());
  }

  /** How many outcome rows one rollup run wrote or removed. */
  public record RollupRun(int changed) {}

  private ReportRequest parse(UriInfo uri, Set<String> extra) {
    return ReportRequest.parse(uri.getQueryParameters(), extra, clock.instant());
  }

  private static TicketReport report(String name) {
    return TicketReport.of(name)
        .orElseThrow(
            () ->
                new ApiException(
                    ProblemKind.NOT_FOUND,
                    "report.unknown",
                    name.length() > 40 ? name.substring(0, 40) + "…" : name,
                    TicketReport.names()));
  }
}
