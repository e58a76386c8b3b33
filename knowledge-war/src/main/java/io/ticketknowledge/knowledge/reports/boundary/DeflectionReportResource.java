package io.ticketknowledge.knowledge.reports.boundary;

import io.ticketknowledge.knowledge.reports.control.Deflections;
import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.audit.FieldChange;
import io.ticketknowledge.platform.exports.ExportFormat;
import io.ticketknowledge.platform.exports.TableWriter;
import io.ticketknowledge.platform.reports.ReportPeriod;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Knowledge deflection per article in a period (from, to, zone as in the Ticket reports), as JSON
 * or exported. Articles belong to no support group, so agents, editors and admins see all of it.
 */
@Path("reports/deflection")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeflectionReportResource {

  @Inject Deflections deflections;
  @Inject AuditTrail audit;

  /** The report as JSON: the period asked for, the columns, one object per article. */
  public record DeflectionReport(
      String report,
      String from,
      String to,
      String zone,
      List<String> columns,
      List<Map<String, Object>> rows) {}

  @GET
  @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Knowledge deflection",
      description =
          "Per article: how often requesters left the new-ticket form because it helped, and"
              + " how many people did; the 100 articles with most, for from/to (days, inclusive,"
              + " default the last 30) in zone (default UTC).")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", ref = "problem")
  public DeflectionReport report(@Context UriInfo uri) {
    ReportPeriod period = period(uri, Set.of());
    List<Map<String, Object>> rows =
        deflections.report(period).stream()
            .map(
                row -> {
                  Map<String, Object> record = new LinkedHashMap<>();
                  for (int i = 0; i < Deflections.COLUMNS.size(); i++) {
                    record.put(Deflections.COLUMNS.get(i), row.get(i));
                  }
                  return record;
                })
            .toList();
    return new DeflectionReport(
        "deflection",
        period.from().toString(),
        period.to().toString(),
        period.zone().getId(),
        Deflections.COLUMNS,
        rows);
  }

  @GET
  @Path("export")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Knowledge deflection as CSV or XLSX",
      description = "The report's parameters plus format=csv (default) or xlsx. Audited.")
  @APIResponse(responseCode = "200", description = "The file")
  @APIResponse(responseCode = "400", ref = "problem")
  public Response export(@Context UriInfo uri) {
    ExportFormat format = ExportFormat.parse(uri.getQueryParameters().getFirst("format"));
    ReportPeriod period = period(uri, Set.of("format"));
    List<List<Object>> rows = deflections.report(period);
    audit.success(
        AuditAction.DATA_EXPORTED,
        AuditObject.of("report", "deflection"),
        List.of(
            FieldChange.of("format", null, format.name()),
            FieldChange.of("period", null, period.from() + "/" + period.to()),
            FieldChange.of("rows", null, rows.size())));
    StreamingOutput body =
        out -> {
          try (TableWriter writer = format.open(out)) {
            writer.header(Deflections.COLUMNS);
            for (List<Object> row : rows) {
              writer.row(row);
            }
          }
        };
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            format.attachment("deflection-" + period.from() + "-" + period.to()))
        .build();
  }

  private static ReportPeriod period(UriInfo uri, Set<String> others) {
    return ReportPeriod.parse(uri.getQueryParameters(), others, Clock.systemUTC().instant());
  }
}
