package io.ticketknowledge.ticket.webhooks.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditChanges;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.webhooks.control.WebhookDeliveries;
import io.ticketknowledge.ticket.webhooks.control.Webhooks;
import io.ticketknowledge.ticket.webhooks.entity.DeliveryStatus;
import io.ticketknowledge.ticket.webhooks.entity.Webhook;
import io.ticketknowledge.ticket.webhooks.entity.WebhookDelivery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Webhooks (docs/webhooks.md, decision 0023): admins register endpoints per ticket event type, read
 * each one's delivery log and redeliver. Admins only: a webhook sends ticket data, internal notes
 * included, to wherever it points.
 */
@Path("webhooks")
@SecurityRequirement(name = "bearer")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  @Inject Webhooks webhooks;
  @Inject WebhookDeliveries deliveries;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  @GET
  @Operation(summary = "List webhooks (never their secrets)")
  @APIResponse(
      responseCode = "200",
      description = "The webhooks",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "webhooks", value = WebhookExamples.WEBHOOKS)))
  public List<WebhookView> list() {
    return webhooks.all().stream().map(WebhookView::of).toList();
  }

  @POST
  @Operation(
      summary = "Register a webhook",
      description =
          "The URL must be http(s) and resolve to public addresses only, unless allow-listed"
              + " (tk.webhooks.allowed-hosts / allowed-cidrs). The answer holds the signing"
              + " secret: the only time it is shown.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "webhook", value = WebhookExamples.REQUEST)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location and ETag set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "created", value = WebhookExamples.CREATED)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "503", ref = "problem")
  public Response create(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
    Webhooks.WithSecret created =
        webhooks.create(
            request.url(),
            request.description(),
            request.eventTypes(),
            request.activeOrDefault(),
            currentUser.id());
    Webhook hook = created.webhook();
    audit.success(AuditAction.WEBHOOK_CHANGED, webhook(hook.id()), AuditChanges.requested(request));
    return Response.created(uri.getAbsolutePathBuilder().path(hook.id().toString()).build())
        .tag(Versions.etag(hook.version()))
        .entity(WebhookView.withSecret(hook, created.secret()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a webhook")
  @APIResponse(
      responseCode = "200",
      description = "The webhook; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "webhook", value = WebhookExamples.WEBHOOK)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response get(@PathParam("id") long id) {
    Webhook hook = webhooks.find(id);
    return Response.ok(WebhookView.of(hook)).tag(Versions.etag(hook.version())).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Redefine a webhook", description = "Needs If-Match; the secret stays.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "redefine", value = WebhookExamples.REDEFINE_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Redefined; the new ETag set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "redefined", value = WebhookExamples.REDEFINED)))
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response redefine(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull WebhookRequest request) {
    Webhook hook =
        webhooks.redefine(
            id,
            request.url(),
            request.description(),
            request.eventTypes(),
            request.activeOrDefault(),
            ifMatch);
    audit.success(AuditAction.WEBHOOK_CHANGED, webhook(id), AuditChanges.requested(request));
    return Response.ok(WebhookView.of(hook)).tag(Versions.etag(hook.version())).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a webhook and its delivery log", description = "Needs If-Match.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response delete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    webhooks.delete(id, ifMatch);
    audit.success(AuditAction.WEBHOOK_CHANGED, webhook(id));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/secret")
  @Operation(
      summary = "Rotate the signing secret",
      description = "Needs If-Match. The new secret is in the answer, once; the old one stops.")
  @APIResponse(
      responseCode = "200",
      description = "Rotated; the new secret, once",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "rotated", value = WebhookExamples.ROTATED)))
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response rotateSecret(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Webhooks.WithSecret rotated = webhooks.rotateSecret(id, ifMatch);
    audit.success(AuditAction.WEBHOOK_CHANGED, webhook(id));
    return Response.ok(WebhookView.withSecret(rotated.webhook(), rotated.secret()))
        .tag(Versions.etag(rotated.webhook().version()))
        .build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(
      summary = "The webhook's delivery log, newest first",
      description = "Page with before=<the last id of the previous page>.")
  @APIResponse(
      responseCode = "200",
      description = "The deliveries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "deliveries", value = WebhookExamples.DELIVERIES)))
  @APIResponse(responseCode = "404", ref = "problem")
  public List<DeliveryView> deliveries(
      @PathParam("id") long id,
      @QueryParam("status") @Pattern(regexp = "PENDING|DELIVERED|FAILED") String status,
      @QueryParam("before") @Positive Long before,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    webhooks.find(id);
    return deliveries
        .log(id, status == null ? null : DeliveryStatus.valueOf(status), before, limit)
        .stream()
        .map(DeliveryView::of)
        .toList();
  }

  @GET
  @Path("{id}/deliveries/{deliveryId}")
  @Operation(summary = "One delivery with every attempt (status, duration, error, excerpt)")
  @APIResponse(
      responseCode = "200",
      description = "The delivery",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "delivery", value = WebhookExamples.DELIVERY)))
  @APIResponse(responseCode = "404", ref = "problem")
  public DeliveryView delivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    WebhookDelivery delivery = deliveries.find(id, deliveryId);
    return DeliveryView.of(delivery, deliveries.attempts(deliveryId));
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  @Operation(
      summary = "Send a delivery again",
      description =
          "Due at once, with a fresh budget of attempts; the receiver dedups by event id.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "queued", value = WebhookExamples.REDELIVERY_QUEUED)))
  @APIResponse(responseCode = "404", ref = "problem")
  public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    DeliveryView queued = DeliveryView.of(deliveries.redeliver(id, deliveryId));
    audit.success(AuditAction.WEBHOOK_CHANGED, AuditObject.of("webhook-delivery", deliveryId));
    return Response.accepted(queued).build();
  }

  private static AuditObject webhook(long id) {
    return AuditObject.of("webhook", id);
  }
}
