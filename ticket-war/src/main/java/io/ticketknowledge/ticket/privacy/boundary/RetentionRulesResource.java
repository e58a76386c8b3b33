package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.audit.FieldChange;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.privacy.control.RetentionRules;
import io.ticketknowledge.ticket.privacy.entity.RetentionRule;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Retention rules per ticket type (decision 0026), admins only, every change audited. */
@Path("admin/retention-rules")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionRulesResource {

  @Inject RetentionRules rules;
  @Inject AuditTrail audit;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "List the retention rules (types without one keep everything)")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "rules", value = PrivacyExamples.RETENTION_RULES)))
  public List<RetentionRuleView> list() {
    return rules.all().stream().map(RetentionRuleView::of).toList();
  }

  @GET
  @Path("{ticketType}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Read a type's retention rule (version 0: none defined)")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "defined", value = PrivacyExamples.RETENTION_RULE),
                @ExampleObject(name = "none", value = PrivacyExamples.RETENTION_RULE_NONE)
              }))
  @APIResponse(responseCode = "400", ref = "problem")
  public Response get(@PathParam("ticketType") String ticketType) {
    return ok(rules.of(type(ticketType)));
  }

  @PUT
  @Path("{ticketType}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Define or redefine a type's retention rule",
      description = "Needs If-Match (\"0\" when the type has no rule yet).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "rule", value = PrivacyExamples.RETENTION_RULE_REQUEST)))
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "rule", value = PrivacyExamples.RETENTION_RULE)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response define(
      @PathParam("ticketType") String ticketType,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull RetentionRuleRequest request) {
    TicketType type = type(ticketType);
    RetentionRule before = rules.of(type);
    RetentionRule rule = rules.define(type, request.terms(), ifMatch);
    audit.success(
        AuditAction.RETENTION_RULE_CHANGED,
        AuditObject.of("retention-rule", type.name()),
        List.of(new FieldChange("terms", describe(before), describe(rule))));
    return ok(rule);
  }

  @DELETE
  @Path("{ticketType}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Delete a type's retention rule", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("ticketType") String ticketType,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    TicketType type = type(ticketType);
    RetentionRule before = rules.of(type);
    rules.delete(type, ifMatch);
    audit.success(
        AuditAction.RETENTION_RULE_CHANGED,
        AuditObject.of("retention-rule", type.name()),
        List.of(new FieldChange("terms", describe(before), null)));
    return Response.noContent().build();
  }

  static TicketType type(String value) {
    try {
      return TicketType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST,
          "privacy.ticket-type-unknown",
          value == null ? "" : value.substring(0, Math.min(40, value.length())));
    }
  }

  private static String describe(RetentionRule rule) {
    return rule.version() == 0 ? null : rule.terms().toString();
  }

  private static Response ok(RetentionRule rule) {
    return Response.ok(RetentionRuleView.of(rule)).tag(Versions.etag(rule.version())).build();
  }
}
