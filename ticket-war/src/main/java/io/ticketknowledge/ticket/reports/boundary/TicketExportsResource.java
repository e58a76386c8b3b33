package io.ticketknowledge.ticket.reports.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.audit.FieldChange;
import io.ticketknowledge.platform.exports.ExportFormat;
import io.ticketknowledge.platform.exports.TableWriter;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.tickets.control.TicketFilter;
import io.ticketknowledge.ticket.tickets.control.TicketLists;
import io.ticketknowledge.ticket.tickets.control.TicketSort;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The ticket list as a file: the list's filters and sort (TicketFilter, same visibility), every
 * matching ticket, streamed a page at a time ({@link TicketLists#each}) — no size cap, constant
 * memory. Audited with the filter it ran.
 */
@Path("tickets/export")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class TicketExportsResource {

  static final List<String> COLUMNS =
      List.of(
          "number",
          "subject",
          "status",
          "priority",
          "type",
          "categoryId",
          "groupId",
          "assigneeId",
          "assigneeName",
          "requesterId",
          "requesterName",
          "requesterDepartment",
          "createdAt",
          "updatedAt",
          "resolvedAt",
          "closedAt",
          "id");

  @Inject TicketLists lists;
  @Inject TicketViewers viewers;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  @GET
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Export the ticket list as CSV or XLSX",
      description =
          "The list's filters and sort (GET /tickets), every matching ticket the caller may see,"
              + " streamed; format=csv (default; UTF-8 with BOM, RFC 4180) or xlsx. Cells that"
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
  public Response export(@Context UriInfo uri) {
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>(uri.getQueryParameters());
    List<String> formats = parameters.remove("format");
    ExportFormat format = ExportFormat.parse(formats == null ? null : String.join(",", formats));
    List<String> sorts = parameters.get("sort");
    TicketSort sort = TicketSort.parse(sorts == null ? null : String.join(",", sorts));
    parameters.remove("cursor");
    parameters.remove("limit");
    TicketFilter filter = TicketFilter.parse(parameters);
    TicketViewer viewer = viewers.of(currentUser);
    audit.success(
        AuditAction.DATA_EXPORTED,
        AuditObject.of("tickets", "list"),
        List.of(
            FieldChange.of("format", null, format.name()),
            FieldChange.of("filter", null, filter.toQuery()),
            FieldChange.of("sort", null, sort.apiName())));
    StreamingOutput body =
        out -> {
          try (TableWriter writer = format.open(out)) {
            writer.header(COLUMNS);
            lists.each(viewer, filter, sort, ticket -> writer.row(row(ticket)));
          }
        };
    return Response.ok(body, format.mediaType())
        .header("Content-Disposition", format.attachment("tickets"))
        .build();
  }

  static List<Object> row(Ticket t) {
    return Arrays.asList(
        t.number(),
        t.subject(),
        t.status().name(),
        t.priority().name(),
        t.type().name(),
        t.categoryId(),
        t.groupId(),
        t.assigneeId(),
        t.assigneeName(),
        t.requesterId(),
        t.requesterName(),
        t.requesterDepartment(),
        utc(t.createdAt()),
        utc(t.updatedAt()),
        utc(t.resolvedAt()),
        utc(t.closedAt()),
        t.id());
  }

  private static String utc(OffsetDateTime time) {
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }
}
