package io.ticketknowledge.ticket;

import io.ticketknowledge.platform.problems.Problem;
import io.ticketknowledge.platform.web.PlatformProviders;
import io.ticketknowledge.ticket.assignment.boundary.AgentAvailabilityResource;
import io.ticketknowledge.ticket.assignment.boundary.GroupAssignmentResource;
import io.ticketknowledge.ticket.attachments.boundary.CommentAttachmentsResource;
import io.ticketknowledge.ticket.attachments.boundary.TicketAttachmentsResource;
import io.ticketknowledge.ticket.audit.boundary.AuditResource;
import io.ticketknowledge.ticket.audit.boundary.RevocationsResource;
import io.ticketknowledge.ticket.automation.boundary.TimeRuleRunsResource;
import io.ticketknowledge.ticket.automation.boundary.TriggersResource;
import io.ticketknowledge.ticket.bulk.boundary.BulkResource;
import io.ticketknowledge.ticket.categories.boundary.CategoriesResource;
import io.ticketknowledge.ticket.comments.boundary.CommentsResource;
import io.ticketknowledge.ticket.customfields.boundary.CustomFieldsResource;
import io.ticketknowledge.ticket.events.boundary.DeadLettersResource;
import io.ticketknowledge.ticket.events.boundary.ParkedOutboxResource;
import io.ticketknowledge.ticket.groups.boundary.GroupsResource;
import io.ticketknowledge.ticket.history.boundary.TicketHistoryResource;
import io.ticketknowledge.ticket.links.boundary.LinksResource;
import io.ticketknowledge.ticket.macros.boundary.MacrosResource;
import io.ticketknowledge.ticket.macros.boundary.TicketMacrosResource;
import io.ticketknowledge.ticket.mail.boundary.MailContactCapture;
import io.ticketknowledge.ticket.mail.boundary.MailResource;
import io.ticketknowledge.ticket.merge.boundary.MergeResource;
import io.ticketknowledge.ticket.privacy.boundary.LegalHoldResource;
import io.ticketknowledge.ticket.privacy.boundary.PersonalDataResource;
import io.ticketknowledge.ticket.privacy.boundary.RetentionRulesResource;
import io.ticketknowledge.ticket.privacy.boundary.RetentionRunsResource;
import io.ticketknowledge.ticket.reports.boundary.ReportsResource;
import io.ticketknowledge.ticket.reports.boundary.TicketExportsResource;
import io.ticketknowledge.ticket.satisfaction.boundary.SatisfactionResource;
import io.ticketknowledge.ticket.satisfaction.boundary.TicketSatisfactionResource;
import io.ticketknowledge.ticket.search.boundary.ReindexResource;
import io.ticketknowledge.ticket.search.boundary.SimilarTicketsResource;
import io.ticketknowledge.ticket.search.boundary.TicketSearchResource;
import io.ticketknowledge.ticket.sla.boundary.CalendarsResource;
import io.ticketknowledge.ticket.sla.boundary.SlaChecksResource;
import io.ticketknowledge.ticket.sla.boundary.SlaPoliciesResource;
import io.ticketknowledge.ticket.sla.boundary.TicketSlaResource;
import io.ticketknowledge.ticket.tickets.boundary.TagsResource;
import io.ticketknowledge.ticket.tickets.boundary.TicketsResource;
import io.ticketknowledge.ticket.tickets.boundary.WatchersResource;
import io.ticketknowledge.ticket.views.boundary.SavedViewsResource;
import io.ticketknowledge.ticket.webhooks.boundary.WebhooksResource;
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

/** The Ticket module's REST API, below the module's context root {@code /api/ticket}. */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info = @Info(title = "Ticket & Knowledge — Ticket API", version = "1.0"),
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
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class TicketApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return PlatformProviders.with(
        TicketsResource.class,
        TicketHistoryResource.class,
        CommentsResource.class,
        TicketAttachmentsResource.class,
        CommentAttachmentsResource.class,
        CustomFieldsResource.class,
        TagsResource.class,
        WatchersResource.class,
        CategoriesResource.class,
        GroupsResource.class,
        TicketSearchResource.class,
        SimilarTicketsResource.class,
        ReindexResource.class,
        DeadLettersResource.class,
        ParkedOutboxResource.class,
        CalendarsResource.class,
        AuditResource.class,
        RevocationsResource.class,
        SlaPoliciesResource.class,
        TicketSlaResource.class,
        SlaChecksResource.class,
        LinksResource.class,
        MergeResource.class,
        WebhooksResource.class,
        SatisfactionResource.class,
        TicketSatisfactionResource.class,
        SavedViewsResource.class,
        BulkResource.class,
        MailResource.class,
        MailContactCapture.class,
        TriggersResource.class,
        TimeRuleRunsResource.class,
        MacrosResource.class,
        TicketMacrosResource.class,
        GroupAssignmentResource.class,
        AgentAvailabilityResource.class,
        PersonalDataResource.class,
        LegalHoldResource.class,
        RetentionRulesResource.class,
        RetentionRunsResource.class,
        ReportsResource.class,
        TicketExportsResource.class);
  }
}
