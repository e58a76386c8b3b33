package io.ticketknowledge.knowledge.audit.boundary;

import io.ticketknowledge.platform.audit.AuditEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The Knowledge module's audit trail: search, CSV export, chain verification (admins only). */
@Path("audit")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class AuditResource extends AuditEndpoint {

  public AuditResource() {
    super("knowledge");
  }
}
