package io.ticketknowledge.ticket.mail.boundary;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.mail.control.InboundMailbox;
import io.ticketknowledge.ticket.mail.control.InboundRecords;
import io.ticketknowledge.ticket.mail.control.MailSettings;
import io.ticketknowledge.ticket.mail.control.OutboundMail;
import io.ticketknowledge.ticket.mail.control.QueuedMails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * The email channel for admins (operations and tests): run the outbound job or poll the mailbox now
 * instead of waiting for the schedule, and see what was queued, sent and read.
 */
@Path("mail")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

  @Inject MailSettings settings;
  @Inject OutboundMail outbound;
  @Inject InboundMailbox inbound;
  @Inject QueuedMails queued;
  @Inject InboundRecords received;

  @POST
  @Path("outbound/runs")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Queue and send mail now",
      description =
          "What the outbound job does every tk.mail.outbound.interval-seconds: new ticket events"
              + " become queued mails, due mails are sent (failures retried with backoff). 409"
              + " when outbound mail is off.")
  @APIResponse(
      responseCode = "200",
      description = "What the run queued, sent and failed to send",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "run", value = MailExamples.OUTBOUND_RUN)))
  public OutboundMail.Run send() {
    if (!settings.enabled()) {
      throw new ApiException(ProblemKind.CONFLICT, "mail.outbound-off");
    }
    return outbound.run();
  }

  @POST
  @Path("inbound/polls")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Read the mailbox now",
      description =
          "What the inbound job does every tk.mail.inbound.poll-interval-seconds: each message"
              + " becomes a ticket or a reply, or is set aside (auto-reply, bounce, loop, unknown"
              + " sender). 409 when inbound mail is off, 503 when the mail server does not"
              + " answer.")
  @APIResponse(
      responseCode = "200",
      description = "What the poll read, imported and set aside",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "poll", value = MailExamples.INBOUND_POLL)))
  public InboundMailbox.Poll poll() {
    if (!settings.inboundEnabled()) {
      throw new ApiException(ProblemKind.CONFLICT, "mail.inbound-off");
    }
    try {
      return inbound.poll();
    } catch (MessagingException e) {
      throw new ApiException(ProblemKind.UNAVAILABLE, "mail.server-unavailable");
    }
  }

  @GET
  @Path("notifications")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "The mails of a ticket, newest first (queued, sent, failed)")
  @APIResponse(
      responseCode = "200",
      description = "The mails",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(name = "notifications", value = MailExamples.NOTIFICATIONS)))
  public List<MailNotificationView> notifications(
      @QueryParam("ticketId") @NotNull @Positive Long ticketId) {
    return queued.ofTicket(ticketId, 200).stream().map(MailNotificationView::of).toList();
  }

  @GET
  @Path("inbound")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Messages read from the mailbox, newest first, and what became of them")
  @APIResponse(
      responseCode = "200",
      description = "The messages",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "inbound", value = MailExamples.INBOUND)))
  public List<InboundMailView> inbound(@QueryParam("messageId") @Size(max = 400) String messageId) {
    return received.newest(messageId, 100).stream().map(InboundMailView::of).toList();
  }
}
