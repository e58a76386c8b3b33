package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.control.ArticleQueries;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("articles")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  @Inject ArticleQueries queries;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  public List<ArticleSummary> published(
      @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit) {
    return summaries(ArticleStatus.PUBLISHED, limit);
  }

  /** Unpublished work never reaches readers: editors and admins only. */
  @GET
  @Path("drafts")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  public List<ArticleSummary> drafts(
      @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit) {
    return summaries(ArticleStatus.DRAFT, limit);
  }

  private List<ArticleSummary> summaries(ArticleStatus status, int limit) {
    return queries.inState(status, limit).stream().map(ArticleSummary::of).toList();
  }
}
