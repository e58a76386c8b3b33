package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditLedger;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.audit.AuditRecord;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.privacy.PersonalAudit;
import io.ticketknowledge.platform.privacy.SubjectId;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.privacy.control.PersonErasure;
import io.ticketknowledge.ticket.privacy.control.PersonalDataExport;
import io.ticketknowledge.ticket.privacy.entity.ErasureReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A data-subject request to the Ticket module (decision 0026): export what it holds about a person
 * as a streamed ZIP, or erase them. Admins only; both are audited with the subject id as object.
 * The Knowledge module answers the same paths under /api/knowledge for its part.
 */
@Path("admin/personal-data/{subject}")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class PersonalDataResource {

  @Inject PersonalDataExport export;
  @Inject PersonErasure erasure;
  @Inject AuditLedger ledger;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(MediaType.WILDCARD)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Export everything the Ticket module holds about a person",
      description =
          "A ZIP streamed as it is read: tickets.json, comments.json, attachments.json and the"
              + " files under attachments/, watches.json, history.json, audit.json, and last"
              + " manifest.json (docs/operations/security.md).")
  @APIResponse(
      responseCode = "200",
      description = "The archive",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", ref = "problem")
  public Response export(@PathParam("subject") String subject) {
    SubjectId person = SubjectId.parse(subject);
    // read before the export is recorded, so the archive does not describe its own request
    List<AuditRecord> records = PersonalAudit.about(ledger, "ticket", person);
    audit.success(AuditAction.PERSONAL_DATA_EXPORTED, AuditObject.of("person", person.value()));
    StreamingOutput zip = out -> export.write(person, records, out);
    return Response.ok(zip, "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"personal-data-ticket-" + person.pseudonym().tag() + ".zip\"")
        .build();
  }

  @POST
  @Path("erasure")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Erase (pseudonymize) a person in the Ticket module",
      description =
          "Names become the person's pseudonym; content of their tickets and comments and their"
              + " files are erased unless a legal hold or the type's retention rule keeps them;"
              + " person.erased tells Knowledge to erase its part. Idempotent: run it again after"
              + " a hold is cleared.")
  @APIResponse(
      responseCode = "200",
      description = "What was erased, and what a hold kept",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "erasure", value = PrivacyExamples.ERASURE_REPORT)))
  @APIResponse(responseCode = "400", ref = "problem")
  public ErasureReport erase(@PathParam("subject") String subject) {
    SubjectId person = SubjectId.parse(subject);
    ErasureReport report = erasure.erase(person, currentUser.id());
    audit.record(
        AuditAction.PERSONAL_DATA_ERASED,
        AuditObject.of("person", person.value()),
        List.of(),
        AuditOutcome.SUCCESS,
        "tickets "
            + report.ticketsPseudonymized()
            + ", content "
            + report.ticketsContentErased()
            + ", comments "
            + report.commentsErased()
            + ", files "
            + report.attachmentsDeleted()
            + ", held "
            + report.heldTicketIds());
    return report;
  }
}
