package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.tickets.control.TicketTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Tag autocomplete for agents. */
@Path("tags")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagsResource {

  @Inject TicketTags tags;

  @GET
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Tags in use (agents)",
      description = "Those starting with prefix (case-insensitive), most used first.")
  @APIResponse(
      responseCode = "200",
      description = "Tags with the number of tickets carrying them",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "tags",
                      value =
                          "[{\"tag\":\"vpn\",\"tickets\":12},{\"tag\":\"vip\",\"tickets\":3}]")))
  public List<TicketTags.TagCount> list(
      @QueryParam("prefix") @Size(max = 50) String prefix,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
    return tags.startingWith(prefix, limit);
  }
}
