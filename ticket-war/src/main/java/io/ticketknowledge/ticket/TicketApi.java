package io.ticketknowledge.ticket;

import io.ticketknowledge.platform.web.PlatformProviders;
import io.ticketknowledge.ticket.tickets.boundary.TicketsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The Ticket module's REST API, below the module's context root {@code /api/ticket}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info = @Info(title = "Ticket & Knowledge — Ticket API", version = "1.0"),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class TicketApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return PlatformProviders.with(TicketsResource.class);
  }
}
