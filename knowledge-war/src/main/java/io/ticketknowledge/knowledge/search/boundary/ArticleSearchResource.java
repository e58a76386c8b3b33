package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.knowledge.categories.control.CategoryTree;
import io.ticketknowledge.knowledge.gaps.control.KnowledgeGaps;
import io.ticketknowledge.knowledge.search.control.ArticleSearch;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Full-text search over published articles (Chinese and English), and suggestions for a free text
 * such as a ticket being typed; both only within the caller's audience.
 */
@Path("")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticleSearchResource {

  private static final Logger LOG = Logger.getLogger(ArticleSearchResource.class.getName());

  @Inject ArticleSearch search;
  @Inject CategoryTree categories;
  @Inject KnowledgeGaps gaps;
  @Inject CurrentUser currentUser;

  @GET
  @Path("search")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Search published articles",
      description =
          "Hits with <mark> highlights, facets (locale, category, tags) over every match the caller"
              + " may see, cursor pages. Simplified Chinese finds Traditional text, the glossary's"
              + " synonyms and regional terms count, one typo in English words of 5+ letters is"
              + " forgiven. status (DRAFT, IN_REVIEW, PUBLISHED; repeatable) is for editors and"
              + " admins: without it, live articles only.")
  @APIResponse(responseCode = "403", description = "status asked by a reader", ref = "problem")
  @APIResponse(responseCode = "200", description = "One page of hits")
  @APIResponse(responseCode = "400", ref = "problem")
  public ArticleSearchPage search(
      @QueryParam("q") @NotBlank @Size(max = 1000) String text,
      @QueryParam("locale") @Pattern(regexp = "zh-TW|en") String locale,
      @QueryParam("categoryId") @Positive Long categoryId,
      @QueryParam("tag") @Size(max = 50) String tag,
      @QueryParam("status") @Size(max = 3) List<ArticleStatus> statuses,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
      @QueryParam("cursor") @Size(max = 500) String cursor) {
    Reader reader = Reader.of(currentUser);
    Set<ArticleStatus> wanted =
        statuses == null ? Set.of() : statuses.stream().collect(Collectors.toSet());
    if (!wanted.isEmpty() && !reader.isStaff()) {
      throw new ApiException(ProblemKind.FORBIDDEN, "knowledge.status-filter-staff-only");
    }
    SearchPage page =
        search.search(
            text,
            locale,
            categoryId == null ? null : categories.subtree(categoryId),
            tag == null ? null : tag.strip().toLowerCase(Locale.ROOT),
            wanted,
            limit,
            cursor,
            reader);
    if (page.total() == 0 && cursor == null && wanted.isEmpty()) {
      recordMiss(text, locale, "search", reader);
    }
    return new ArticleSearchPage(
        page.hits().stream().map(ArticleHitView::of).toList(),
        page.total(),
        page.facets(),
        page.nextCursor().orElse(null));
  }

  @GET
  @Path("suggestions")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Articles relevant to a free text",
      description = "For a ticket's subject and description as typed; most relevant first.")
  public List<ArticleHitView> suggestions(
      @QueryParam("text") @NotBlank @Size(max = 20000) String text,
      @QueryParam("locale") @Pattern(regexp = "zh-TW|en") String locale,
      @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
    Reader reader = Reader.of(currentUser);
    SearchPage page = search.suggest(text, locale, limit, reader);
    if (page.hits().isEmpty()) {
      recordMiss(text, locale, "suggestions", reader);
    }
    return page.hits().stream().map(ArticleHitView::of).toList();
  }

  /** A knowledge gap that cannot be recorded must not fail the search that revealed it. */
  private void recordMiss(String text, String locale, String source, Reader reader) {
    try {
      gaps.missed(text, locale, source, reader);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "search miss not recorded", e);
    }
  }
}
