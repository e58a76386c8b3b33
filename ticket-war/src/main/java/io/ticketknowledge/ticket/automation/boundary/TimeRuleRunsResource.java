package io.ticketknowledge.ticket.automation.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.automation.control.TimeRules;
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

/** Runs the time rules now, as the schedule would (admins; operations and tests). */
@Path("triggers/time-runs")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimeRuleRunsResource {

  @Inject TimeRules rules;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Run the time rules now",
      description =
          "What the job does every tk.automation.time-rules.interval-seconds: each TIME trigger"
              + " acts once per ticket and stretch of its current status.")
  @APIResponse(
      responseCode = "200",
      description = "How many rule runs acted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "run", value = AutomationExamples.TIME_RULE_RUN)))
  public TimeRuleRun run() {
    return new TimeRuleRun(rules.run());
  }

  /** How many rule runs acted. */
  public record TimeRuleRun(int acted) {}
}
