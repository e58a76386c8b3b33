package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.control.ArticleCursor;
import io.ticketknowledge.knowledge.articles.control.ArticleEditor;
import io.ticketknowledge.knowledge.articles.control.ArticleFilter;
import io.ticketknowledge.knowledge.articles.control.ArticleQueries;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.control.TextDiff;
import io.ticketknowledge.knowledge.articles.control.ViewCounter;
import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleAction;
import io.ticketknowledge.knowledge.articles.entity.ArticleContent;
import io.ticketknowledge.knowledge.articles.entity.ArticleMetadata;
import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.knowledge.categories.control.CategoryTree;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.IdempotencyKeys;
import io.ticketknowledge.platform.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Knowledge articles: readers list and read the published articles of their audience; editors and
 * admins write drafts (every saved edit a revision) and take them through review.
 */
@Path("articles")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject ArticleQueries queries;
  @Inject ArticleEditor editor;
  @Inject CategoryTree categories;
  @Inject ReaderViews views;
  @Inject ViewCounter viewCounter;
  @Inject CurrentUser currentUser;

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "List articles, newest first",
      description =
          "Readers get the published articles of their audience; with `locale`, also articles of"
              + " the other language that have no published translation (flagged `fallback`)."
              + " Editors and admins see every state and may filter by `status`.")
  @APIResponse(responseCode = "200", description = "One page; follow nextCursor")
  @APIResponse(responseCode = "400", ref = "problem")
  @APIResponse(
      responseCode = "403",
      description = "status filter without editor role",
      ref = "problem")
  public ArticlePage list(
      @QueryParam("locale") @Pattern(regexp = "zh-TW|en") String locale,
      @QueryParam("categoryId") @Positive Long categoryId,
      @QueryParam("tag") @Size(max = 50) String tag,
      @QueryParam("status") ArticleStatus status,
      @Parameter(description = "only articles the caller owns")
          @QueryParam("mine")
          @DefaultValue("false")
          boolean mine,
      @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit,
      @QueryParam("cursor") @Size(max = 200) String cursor) {
    Reader reader = Reader.of(currentUser);
    if (status != null && !reader.isStaff()) {
      throw new ApiException(ProblemKind.FORBIDDEN, "knowledge.status-filter-staff-only");
    }
    ArticleFilter filter =
        new ArticleFilter(
            locale,
            categoryId == null ? null : categories.subtree(categoryId),
            tag == null ? null : tag.strip().toLowerCase(Locale.ROOT),
            status,
            mine ? reader.id() : null);
    List<Article> found = queries.page(reader, filter, ArticleCursor.decode(cursor), limit + 1);
    boolean more = found.size() > limit;
    List<Article> page = found.stream().limit(limit).toList();
    String next = more ? ArticleCursor.after(page.get(page.size() - 1).id()) : null;
    return new ArticlePage(views.list(page, reader, locale), next);
  }

  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Write a new article",
      description = "A draft with revision 1; the caller owns it.")
  @APIResponse(
      responseCode = "201",
      description = "Created (or replayed for a repeated Idempotency-Key); ETag is its version")
  @APIResponse(
      responseCode = "409",
      description = "Idempotency-Key reused with another request",
      ref = "problem")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", description = "No such category", ref = "problem")
  public Response create(
      @Valid @NotNull NewArticle request,
      @Parameter(description = "Makes retries safe: the same key returns the first result")
          @HeaderParam(IdempotencyKeys.HEADER)
          String idempotencyKey,
      @Context UriInfo uri) {
    Tags.checkAudience(request.audience(), request.audienceGroup());
    Reader reader = Reader.of(currentUser);
    ArticleEditor.Created created =
        editor.create(
            request.locale(),
            new ArticleContent(
                request.title().strip(),
                request.summary() == null ? "" : request.summary().strip(),
                request.body()),
            new ArticleMetadata(
                request.categoryId(),
                Tags.normalized(request.tags()),
                request.audience(),
                request.audienceGroup(),
                request.reviewBy()),
            request.message(),
            IdempotencyKeys.validated(idempotencyKey),
            reader);
    Article article = created.article();
    Response.ResponseBuilder response =
        Response.created(uri.getAbsolutePathBuilder().path(article.id().toString()).build())
            .tag(Versions.etag(article.version()))
            .entity(views.of(article, reader, null));
    if (created.replayed()) {
      response.header(IdempotencyKeys.REPLAYED_HEADER, "true");
    }
    return response.build();
  }

  @GET
  @Path("due-for-review")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Articles past their review-by date",
      description = "The caller's own articles; admins get every owner's with `everyOwner=true`.")
  public List<ArticleListItem> dueForReview(
      @QueryParam("everyOwner") @DefaultValue("false") boolean everyOwner) {
    Reader reader = Reader.of(currentUser);
    List<Article> due =
        queries.dueForReview(
            reader.id(), LocalDate.now(ZoneOffset.UTC), everyOwner && reader.isAdmin());
    return views.list(due, reader, null);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Read an article",
      description =
          "Readers get the published revision (404 when they may not see it); editors the head"
              + " revision and its workflow state. `fallback` is true when the article is not in"
              + " the `locale` asked for.")
  @APIResponse(responseCode = "200", description = "The article; ETag is its version")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(
      @PathParam("id") long id, @QueryParam("locale") @Pattern(regexp = "zh-TW|en") String locale) {
    Reader reader = Reader.of(currentUser);
    Article article = queries.visible(id, reader);
    if (article.isLive()) {
      viewCounter.viewed(id);
    }
    return Response.ok(views.of(article, reader, locale))
        .tag(Versions.etag(article.version()))
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Edit an article (JSON merge patch)",
      description =
          "A content change saves a new revision. A published article keeps its published"
              + " revision visible; the change waits as a draft for review. Needs If-Match.")
  @APIResponse(responseCode = "200", description = "Saved; the new ETag is in the header")
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "409", description = "In review or archived", ref = "problem")
  @APIResponse(responseCode = "412", description = "Stale If-Match", ref = "problem")
  @APIResponse(responseCode = "428", description = "If-Match missing or `*`", ref = "problem")
  public Response edit(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ArticleChanges changes) {
    Tags.checkAudience(changes.audience(), changes.audienceGroup());
    Reader reader = Reader.of(currentUser);
    Article article =
        editor.edit(
            id,
            ifMatch,
            changes.title() == null ? null : changes.title().strip(),
            changes.summary() == null ? null : changes.summary().strip(),
            changes.body(),
            new ArticleMetadata(
                changes.categoryId(),
                Tags.normalized(changes.tags()),
                changes.audience(),
                changes.audienceGroup(),
                changes.reviewBy()),
            changes.message(),
            reader);
    return Response.ok(views.of(article, reader, null))
        .tag(Versions.etag(article.version()))
        .build();
  }

  @POST
  @Path("{id}/{step: submit|approve|send-back|withdraw|archive|restore}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Take a review step",
      description =
          "submit (draft → in review), approve (→ published; not by an author of the change),"
              + " send-back (→ draft, comment required; not by an author), withdraw (→ draft),"
              + " archive, restore (admins: archived → draft). Needs If-Match.")
  @APIResponse(responseCode = "200", description = "Done; the new ETag is in the header")
  @APIResponse(responseCode = "400", description = "Comment missing", ref = "problem")
  @APIResponse(
      responseCode = "403",
      description = "Role, or own change (four eyes)",
      ref = "problem")
  @APIResponse(responseCode = "409", description = "Not allowed in this state", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response step(
      @PathParam("id") long id,
      @PathParam("step") String step,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid ReviewStep body) {
    Reader reader = Reader.of(currentUser);
    ArticleAction action = ArticleAction.valueOf(step.toUpperCase(Locale.ROOT).replace('-', '_'));
    Article article = editor.act(id, action, ifMatch, body == null ? null : body.comment(), reader);
    return Response.ok(views.of(article, reader, null))
        .tag(Versions.etag(article.version()))
        .build();
  }

  @GET
  @Path("{id}/reviews")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "The article's review history, oldest first")
  public List<ReviewView> reviews(@PathParam("id") long id) {
    queries.existing(id);
    return queries.reviews(id).stream().map(ReviewView::of).toList();
  }

  @POST
  @Path("{id}/translations")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Add the other-language version",
      description = "A linked draft with the source's metadata and owner.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "That language exists already", ref = "problem")
  public Response translate(
      @PathParam("id") long id, @Valid @NotNull NewTranslation request, @Context UriInfo uri) {
    Reader reader = Reader.of(currentUser);
    Article translation =
        editor.translate(
            id,
            request.locale(),
            new ArticleContent(
                request.title().strip(),
                request.summary() == null ? "" : request.summary().strip(),
                request.body()),
            request.message(),
            reader);
    return Response.created(
            uri.getBaseUriBuilder().path("articles").path(translation.id().toString()).build())
        .tag(Versions.etag(translation.version()))
        .entity(views.of(translation, reader, null))
        .build();
  }

  @GET
  @Path("{id}/revisions")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "The article's revisions, newest first (without content)")
  public List<RevisionView> revisions(@PathParam("id") long id) {
    Article article = queries.visible(id, Reader.of(currentUser));
    return queries.revisions(id).stream()
        .map(r -> RevisionView.listed(r, article.publishedRevision()))
        .toList();
  }

  @GET
  @Path("{id}/revisions/{number}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "One revision with its content")
  @APIResponse(responseCode = "200", description = "The revision")
  @APIResponse(responseCode = "404", ref = "problem")
  public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
    Article article = queries.visible(id, Reader.of(currentUser));
    return RevisionView.full(queries.existingRevision(id, number), article.publishedRevision());
  }

  @POST
  @Path("{id}/revisions/{number}/restore")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Restore an old revision as a new one",
      description = "Like an edit with the old content; needs If-Match.")
  @APIResponse(responseCode = "200", description = "Saved")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response restore(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid RevisionRestore body) {
    Reader reader = Reader.of(currentUser);
    Article article =
        editor.restore(id, number, ifMatch, body == null ? null : body.message(), reader);
    return Response.ok(views.of(article, reader, null))
        .tag(Versions.etag(article.version()))
        .build();
  }

  @GET
  @Path("{id}/diff")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "What changed between two revisions",
      description =
          "Segments (EQUAL, DELETE, INSERT) per field. `word` compares Latin words and single CJK"
              + " characters, `line` whole lines.")
  @APIResponse(responseCode = "200", description = "The differences")
  @APIResponse(responseCode = "404", ref = "problem")
  public RevisionDiffView diff(
      @PathParam("id") long id,
      @QueryParam("from") @NotNull @Min(1) Integer from,
      @QueryParam("to") @NotNull @Min(1) Integer to,
      @QueryParam("granularity") @DefaultValue("word") @Pattern(regexp = "word|line")
          String granularity) {
    queries.visible(id, Reader.of(currentUser));
    ArticleRevision a = queries.existingRevision(id, from);
    ArticleRevision b = queries.existingRevision(id, to);
    TextDiff.Granularity level =
        granularity.equals("line") ? TextDiff.Granularity.LINE : TextDiff.Granularity.WORD;
    return new RevisionDiffView(
        from,
        to,
        granularity,
        TextDiff.diff(a.title(), b.title(), TextDiff.Granularity.WORD),
        TextDiff.diff(a.summary(), b.summary(), TextDiff.Granularity.WORD),
        TextDiff.diff(a.body(), b.body(), level));
  }
}
