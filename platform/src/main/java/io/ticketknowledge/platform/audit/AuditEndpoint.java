package io.ticketknowledge.platform.audit;

import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A module's audit trail over REST, for admins: search (filters, newest first, cursor pagination),
 * CSV export (cells never start a formula) and verification of the chain. A module subclasses it
 * with its {@code @Path} and its schema, nothing else; the role check sits on each method (a
 * subclass's class-level annotation does not cover methods declared here).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditEndpoint {

  /**
   * Most records one CSV export holds; narrow the filter (or page with {@code cursor}) for more.
   */
  public static final int MAX_EXPORT = 10_000;

  private final String schema;

  @Inject AuditLedger ledger;
  @Inject AuditTrail trail;

  protected AuditEndpoint(String schema) {
    this.schema = AuditChainStore.checkedSchema(schema);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public AuditRecordView.Page search(
      @QueryParam("subject") String subject,
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    AuditQuery query =
        AuditSearchRequest.of(
            subject,
            action,
            objectType,
            objectId,
            outcome,
            from,
            to,
            cursor,
            limit,
            AuditQuery.MAX_LIMIT);
    List<AuditRecord> records = ledger.search(schema, query);
    String next =
        records.size() < query.limit()
            ? null
            : String.valueOf(records.get(records.size() - 1).seq());
    return new AuditRecordView.Page(
        records.stream().map(AuditRecordView::of).collect(Collectors.toList()), next);
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @RolesAllowed(Roles.ADMIN)
  public Response export(
      @QueryParam("subject") String subject,
      @QueryParam("action") String action,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("10000") int limit) {
    AuditQuery query =
        AuditSearchRequest.of(
            subject, action, objectType, objectId, outcome, from, to, cursor, limit, MAX_EXPORT);
    List<AuditRecord> records = ledger.search(schema, query);
    trail.success(AuditAction.AUDIT_READ, AuditObject.of("audit-export", records.size()));
    StreamingOutput csv =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(AuditCsv.HEADER);
          for (AuditRecord record : records) {
            writer.write(AuditCsv.row(record));
          }
          writer.flush();
        };
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-" + schema + ".csv\"")
        .build();
  }

  /** 200 with {@code intact: false} and the first broken link when the chain is broken. */
  @GET
  @Path("verify")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public ChainReport verify() {
    ChainReport report = ledger.verify(schema);
    trail.record(
        AuditAction.AUDIT_VERIFIED,
        AuditObject.of("audit-chain", schema),
        List.of(),
        AuditOutcome.SUCCESS,
        report.intact()
            ? "intact, " + report.records() + " records"
            : "broken at " + report.brokenAt());
    return report;
  }
}
