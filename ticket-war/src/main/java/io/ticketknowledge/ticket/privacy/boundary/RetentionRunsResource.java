package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.privacy.entity.RetentionReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Runs retention now, or reports what it would do (dryRun=true). Admins only, audited. */
@Path("admin/retention-runs")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionRunsResource {

  @Inject RetentionSchedule schedule;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Run retention now (or as a dry run)",
      description =
          "Acts on at most batchSize tickets (default tk.tickets.retention.batch-size); more=true"
              + " says a next run has more to do. A dry run changes nothing and reports the same"
              + " ids. Tickets under a legal hold are reported as held, never changed.")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "dry run", value = PrivacyExamples.RETENTION_REPORT)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "409", description = "A run is under way", ref = "problem")
  public RetentionReport run(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("batchSize") @Min(1) @Max(10_000) Integer batchSize) {
    RetentionReport report =
        schedule
            .run(dryRun, batchSize == null ? schedule.batchSize() : batchSize, currentUser.id())
            .orElseThrow(() -> new ApiException(ProblemKind.CONFLICT, null));
    audit.record(
        AuditAction.RETENTION_RUN,
        AuditObject.of("retention-run", dryRun ? "dry-run" : "run"),
        List.of(),
        AuditOutcome.SUCCESS,
        RetentionSchedule.summary(report));
    return report;
  }
}
