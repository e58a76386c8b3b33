package io.ticketknowledge.ticket.attachments.boundary;

import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The 201 of an upload, the same for tickets and comments. */
final class AttachmentUploads {

  private AttachmentUploads() {}

  static Response created(TicketAttachment attachment) {
    AttachmentView view = AttachmentView.of(attachment);
    return Response.created(URI.create(view.url())).entity(view).build();
  }
}
