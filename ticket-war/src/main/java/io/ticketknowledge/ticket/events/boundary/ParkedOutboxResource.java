package io.ticketknowledge.ticket.events.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.outbox.ParkedOutboxEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The Ticket module's parked outbox rows: events its relay set aside (admins only). */
@Path("outbox/parked")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ParkedOutboxResource extends ParkedOutboxEndpoint {

  public ParkedOutboxResource() {
    super("ticket");
  }
}
