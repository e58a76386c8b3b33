package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.audit.FieldChange;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.privacy.control.LegalHolds;
import io.ticketknowledge.ticket.privacy.entity.LegalHold;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A ticket's legal hold (decision 0026): while held, retention and erasure leave the ticket, its
 * comments and its files unchanged. Admins only; every change is audited with its reason.
 */
@Path("tickets/{id}/legal-hold")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalHoldResource {

  @Inject LegalHolds holds;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Read a ticket's legal hold (version 0: never held)")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "held", value = PrivacyExamples.LEGAL_HOLD),
                @ExampleObject(name = "never held", value = PrivacyExamples.LEGAL_HOLD_NEVER_HELD)
              }))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("id") long id) {
    return ok(holds.of(id));
  }

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Set or clear a ticket's legal hold",
      description = "Needs If-Match (\"0\" when the ticket never had a hold) and a reason.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "hold", value = PrivacyExamples.LEGAL_HOLD_REQUEST)))
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "hold", value = PrivacyExamples.LEGAL_HOLD)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull LegalHoldRequest request) {
    boolean before = holds.of(id).held();
    LegalHold hold = holds.change(id, request.held(), request.reason(), ifMatch, currentUser.id());
    audit.record(
        AuditAction.LEGAL_HOLD_CHANGED,
        AuditObject.of("ticket", id),
        List.of(new FieldChange("legalHold", String.valueOf(before), String.valueOf(hold.held()))),
        AuditOutcome.SUCCESS,
        request.reason());
    return ok(hold);
  }

  private static Response ok(LegalHold hold) {
    return Response.ok(LegalHoldView.of(hold)).tag(Versions.etag(hold.version())).build();
  }
}
