package io.ticketknowledge.ticket.macros.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.comments.boundary.CommentView;
import io.ticketknowledge.ticket.macros.control.MacroApplication;
import io.ticketknowledge.ticket.tickets.boundary.TicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Applies a macro to a ticket: its reply and its field changes in one transaction. */
@Path("tickets/{id}/macros/{macroId}/apply")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketMacrosResource {

  @Inject MacroApplication application;
  @Inject CurrentUser user;

  @POST
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Apply a macro to a ticket",
      description =
          "Needs If-Match (the ticket's ETag). The reply in the language asked for (zh-TW by"
              + " default; the other one when the macro has only that), placeholders filled; the"
              + " field changes follow the workflow like a PATCH. All or nothing.")
  @APIResponse(
      responseCode = "200",
      description = "Applied; the ticket's new ETag is set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "applied", value = MacroExamples.MACRO_APPLIED)))
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response apply(
      @PathParam("id") long ticketId,
      @PathParam("macroId") long macroId,
      @QueryParam("language") @Pattern(regexp = "zh-TW|en") String language,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    MacroApplication.Applied applied =
        application.apply(ticketId, macroId, ifMatch, "en".equals(language), user);
    return Response.ok(
            new MacroApplied(
                TicketView.of(applied.ticket()),
                applied.comment() == null ? null : CommentView.of(applied.comment())))
        .tag(Versions.etag(applied.ticket().version()))
        .build();
  }

  /** The ticket after the macro and the reply it wrote (null when it has none). */
  public record MacroApplied(TicketView ticket, CommentView comment) {}
}
