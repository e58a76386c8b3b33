package io.ticketknowledge.knowledge.gaps.boundary;

import io.ticketknowledge.knowledge.gaps.control.KnowledgeGaps;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Knowledge gaps: what people looked for and did not find (admins). */
@Path("gaps")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GapsResource {

  @Inject KnowledgeGaps gaps;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Searches and suggestions that found nothing, grouped",
      description =
          "One row per topic (near-duplicate queries grouped: Traditional/Simplified, width,"
              + " glossary terms; variants lists them), most asked first: how often, by how many"
              + " people, how many of them opened a ticket afterwards. A gap an article now answers is left out unless `all=true`.")
  @APIResponse(responseCode = "200", description = "The gaps")
  public List<KnowledgeGaps.Gap> list(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("all") @DefaultValue("false") boolean all) {
    return gaps.gaps(limit, all);
  }
}
