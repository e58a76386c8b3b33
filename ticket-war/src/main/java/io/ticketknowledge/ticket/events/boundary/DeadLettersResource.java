package io.ticketknowledge.ticket.events.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.deadletters.DeadLettersEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The Ticket module's dead letters: events its consumers gave up on (admins only). */
@Path("dead-letters")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource extends DeadLettersEndpoint {

  public DeadLettersResource() {
    super("ticket");
  }
}
