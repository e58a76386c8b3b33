package io.ticketknowledge.platform.security.revocation;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.audit.FieldChange;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.validation.CleanText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;

/**
 * Access revocation for admins: {@code POST} a subject (the token's {@code sub}) and every token of
 * that subject issued until now is refused with 401 — by every replica of both modules, whichever
 * module received the revocation (decision 0015). {@code GET} lists the revocations still in force
 * (younger than {@code tk.auth.revocation.ttl}). A module subclasses it with its {@code @Path}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RevocationsEndpoint {

  private final String schema;

  @Inject AccessRevocations revocations;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;

  /** The body of a revocation. */
  public record NewRevocation(
      @NotBlank @Size(max = 200) @CleanText String subject,
      @Size(max = 500) @CleanText String reason) {}

  protected RevocationsEndpoint(String schema) {
    this.schema = schema;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response revoke(@Valid @NotNull NewRevocation request) {
    Revocation revocation =
        revocations.revoke(schema, request.subject().strip(), user.id(), request.reason());
    audit.success(
        AuditAction.ACCESS_REVOKED,
        AuditObject.of("subject", revocation.subject()),
        List.of(FieldChange.of("revokedAt", null, revocation.revokedAt())));
    return Response.status(Response.Status.CREATED).entity(revocation).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public List<Revocation> list() {
    return revocations.list(schema).stream()
        .sorted(Comparator.comparing(Revocation::revokedAt).reversed())
        .toList();
  }
}
