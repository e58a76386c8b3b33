package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Runs the SLA watch now, as the schedule would (admins; operations and tests). */
@Path("sla/checks")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SlaChecksResource {

  @Inject SlaWatch watch;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Look for SLA warnings and breaches now",
      description =
          "What the scheduled job does every tk.sla.watch.interval-seconds: each warning or"
              + " breach not noticed before is recorded in the ticket's history, published as"
              + " ticket.sla-warning / ticket.sla-breached and escalated per policy.")
  @APIResponse(
      responseCode = "200",
      description = "How many warnings and breaches were noticed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "run", value = ApiExamples.SLA_CHECK_RUN)))
  public SlaCheckRun run() {
    return new SlaCheckRun(watch.run());
  }

  /** How many warnings and breaches this run noticed. */
  public record SlaCheckRun(int noticed) {}
}
