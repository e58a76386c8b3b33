package io.ticketknowledge.ticket.audit.boundary;

import io.ticketknowledge.platform.security.revocation.RevocationsEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Access revocation through the Ticket module (admins only); it applies to both modules and every
 * replica (decision 0015).
 */
@Path("admin/revocations")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class RevocationsResource extends RevocationsEndpoint {

  public RevocationsResource() {
    super("ticket");
  }
}
