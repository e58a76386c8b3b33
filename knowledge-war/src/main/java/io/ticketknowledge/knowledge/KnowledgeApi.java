package io.ticketknowledge.knowledge;

import io.ticketknowledge.knowledge.articles.boundary.ArticlesResource;
import io.ticketknowledge.knowledge.attachments.boundary.AttachmentsResource;
import io.ticketknowledge.knowledge.audit.boundary.AuditResource;
import io.ticketknowledge.knowledge.audit.boundary.RevocationsResource;
import io.ticketknowledge.knowledge.categories.boundary.CategoriesResource;
import io.ticketknowledge.knowledge.events.boundary.DeadLettersResource;
import io.ticketknowledge.knowledge.events.boundary.ParkedOutboxResource;
import io.ticketknowledge.knowledge.feedback.boundary.FeedbackResource;
import io.ticketknowledge.knowledge.gaps.boundary.GapsResource;
import io.ticketknowledge.knowledge.glossary.boundary.GlossaryResource;
import io.ticketknowledge.knowledge.privacy.boundary.KnowledgePersonalDataResource;
import io.ticketknowledge.knowledge.reports.boundary.DeflectionReportResource;
import io.ticketknowledge.knowledge.reports.boundary.DeflectionsResource;
import io.ticketknowledge.knowledge.search.boundary.ArticleReindexResource;
import io.ticketknowledge.knowledge.search.boundary.ArticleSearchResource;
import io.ticketknowledge.knowledge.signals.boundary.TicketSignalsResource;
import io.ticketknowledge.platform.problems.Problem;
import io.ticketknowledge.platform.web.PlatformProviders;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The Knowledge module's REST API, below the module's context root {@code /api/knowledge}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info = @Info(title = "Ticket & Knowledge — Knowledge API", version = "1.0"),
    security = @SecurityRequirement(name = "bearer"),
    components =
        @Components(
            schemas =
                @Schema(
                    name = "Problem",
                    type = SchemaType.OBJECT,
                    description =
                        "RFC 9457: type (URI of the kind), title, status, detail, instance,"
                            + " errors[{field, message}] for invalid fields, reference for 500s"),
            responses = {
              @APIResponse(
                  name = "problem",
                  description = "RFC 9457 problem, localized by Accept-Language (zh-TW, en)",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
              @APIResponse(
                  name = "validation",
                  description = "Invalid input: the problem's errors[] names each field",
                  content =
                      @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
            }))
// declared in each module: each WAR is also deployable alone, and its document must stand alone
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class KnowledgeApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return PlatformProviders.with(
        ArticlesResource.class,
        CategoriesResource.class,
        FeedbackResource.class,
        AttachmentsResource.class,
        GapsResource.class,
        ArticleSearchResource.class,
        ArticleReindexResource.class,
        GlossaryResource.class,
        TicketSignalsResource.class,
        DeadLettersResource.class,
        ParkedOutboxResource.class,
        AuditResource.class,
        RevocationsResource.class,
        KnowledgePersonalDataResource.class,
        DeflectionsResource.class,
        DeflectionReportResource.class);
  }
}
