package io.ticketknowledge.knowledge.privacy.boundary;

import io.ticketknowledge.knowledge.privacy.control.KnowledgeErasure;
import io.ticketknowledge.knowledge.privacy.control.KnowledgePersonalDataExport;
import io.ticketknowledge.knowledge.privacy.entity.KnowledgeErasureReport;
import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditLedger;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.audit.AuditRecord;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.privacy.PersonalAudit;
import io.ticketknowledge.platform.privacy.SubjectId;
import io.ticketknowledge.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A data-subject request to Knowledge (decision 0026): export its part as a streamed ZIP, or erase
 * it (the Ticket module's erasure does this too, through {@code person.erased}; this endpoint
 * serves a Knowledge deployed alone and re-runs). Admins only, audited.
 */
@Path("admin/personal-data/{subject}")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class KnowledgePersonalDataResource {

  @Inject KnowledgePersonalDataExport export;
  @Inject KnowledgeErasure erasure;
  @Inject AuditLedger ledger;
  @Inject AuditTrail audit;

  @GET
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Export everything Knowledge holds about a person",
      description =
          "A ZIP streamed as it is read: articles.json, revisions.json, reviews.json,"
              + " feedback.json, searches.json, audit.json, and last manifest.json.")
  @APIResponse(responseCode = "200", description = "The archive")
  @APIResponse(responseCode = "400", ref = "problem")
  public Response export(@PathParam("subject") String subject) {
    SubjectId person = SubjectId.parse(subject);
    List<AuditRecord> records = PersonalAudit.about(ledger, "knowledge", person);
    audit.success(AuditAction.PERSONAL_DATA_EXPORTED, AuditObject.of("person", person.value()));
    StreamingOutput zip = out -> export.write(person, records, out);
    return Response.ok(zip, "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"personal-data-knowledge-" + person.pseudonym().tag() + ".zip\"")
        .build();
  }

  @POST
  @Path("erasure")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Erase (pseudonymize) a person in Knowledge",
      description = "Idempotent. Articles stay under the pseudonym; feedback comments go.")
  @APIResponse(responseCode = "200", description = "What was erased")
  @APIResponse(responseCode = "400", ref = "problem")
  public KnowledgeErasureReport erase(@PathParam("subject") String subject) {
    SubjectId person = SubjectId.parse(subject);
    KnowledgeErasureReport report = erasure.erase(person);
    audit.record(
        AuditAction.PERSONAL_DATA_ERASED,
        AuditObject.of("person", person.value()),
        List.of(),
        AuditOutcome.SUCCESS,
        summary(report));
    return report;
  }

  public static String summary(KnowledgeErasureReport report) {
    return "articles "
        + report.articlesPseudonymized()
        + ", revisions "
        + report.revisionsPseudonymized()
        + ", reviews "
        + report.reviewsPseudonymized()
        + ", feedback "
        + report.feedbackErased()
        + ", searches "
        + report.searchesDeleted();
  }
}
