package io.ticketknowledge.ticket.attachments.boundary;

import io.ticketknowledge.platform.blobs.BlobContent;
import io.ticketknowledge.platform.blobs.ByteRange;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.attachments.control.AttachmentRecords;
import io.ticketknowledge.ticket.attachments.control.ContentDisposition;
import io.ticketknowledge.ticket.attachments.control.TicketAttachments;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Files of a ticket: uploaded as {@code multipart/form-data} (field {@code file}), listed with
 * size, type and SHA-256, downloaded with a safe {@code Content-Disposition}. Ids are random UUIDs
 * and are checked against the ticket in the URL.
 */
@Path("tickets/{id}/attachments")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class TicketAttachmentsResource {

  @Inject TicketAttachments attachments;
  @Inject AttachmentRecords records;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "The files of a ticket and of its comments",
      description = "Oldest first. Files of internal notes only for agents.")
  @APIResponse(
      responseCode = "200",
      description = "The attachments",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "attachments", value = ApiExamples.ATTACHMENTS)))
  @APIResponse(responseCode = "404", ref = "problem")
  public List<AttachmentView> list(@PathParam("id") long ticketId) {
    return records.of(ticketId, null, currentUser).stream().map(AttachmentView::of).toList();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Attach a file to a ticket",
      description =
          "multipart/form-data with the file in the part named file. Its type is detected from"
              + " the bytes (tk.tickets.attachments.allowed-types, 415 otherwise), its size"
              + " limited by tk.tickets.attachments.max-bytes (413); the file name is cleaned"
              + " (no path, no control or bidi characters) and Chinese names are kept. By the"
              + " requester or an agent; recorded in the history, event ticket.attachment-added.")
  @APIResponse(responseCode = "400", description = "Malformed or no file part", ref = "problem")
  @APIResponse(responseCode = "403", description = "Watchers change nothing", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", description = "The ticket is closed", ref = "problem")
  @APIResponse(responseCode = "413", description = "Over the size limit", ref = "problem")
  @APIResponse(responseCode = "415", description = "Type not accepted", ref = "problem")
  @APIResponse(
      responseCode = "422",
      description = "The malware scanner found a signature (named in the detail); nothing stored",
      ref = "problem")
  @APIResponse(responseCode = "503", description = "Malware scanner unavailable", ref = "problem")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      properties =
                          @SchemaProperty(
                              name = "file",
                              type = SchemaType.STRING,
                              format = "binary",
                              description = "The file; its name (filename) is kept, cleaned"))))
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AttachmentView.class),
              examples = @ExampleObject(name = "stored", value = ApiExamples.ATTACHMENT)))
  public Response upload(
      @PathParam("id") long ticketId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    return AttachmentUploads.created(
        attachments.upload(ticketId, null, contentType, body, currentUser));
  }

  @GET
  @Path("{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Download a file (Range supported)",
      description =
          "Content-Disposition with filename* (RFC 8187) for non-ASCII names; images and plain"
              + " text inline, everything else as attachment; nosniff and a sandbox CSP.")
  @APIResponse(responseCode = "200", description = "The content")
  @APIResponse(responseCode = "206", description = "The requested range")
  @APIResponse(
      responseCode = "404",
      description = "No such file on this ticket, or not visible to the caller",
      ref = "problem")
  public Response download(
      @PathParam("id") long ticketId,
      @PathParam("attachmentId") String attachmentId,
      @HeaderParam("Range") String range) {
    TicketAttachment attachment = records.visible(ticketId, attachmentId, currentUser);
    BlobContent content = attachments.content(attachment, ByteRange.parse(range));
    StreamingOutput body =
        out -> {
          try (BlobContent open = content) {
            open.stream().transferTo(out);
          }
        };
    Response.ResponseBuilder response =
        Response.status(content.partial() ? 206 : 200)
            .entity(body)
            .type(attachment.contentType())
            .header("Accept-Ranges", "bytes")
            .header(HttpHeaders.CONTENT_LENGTH, content.served().length())
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "sandbox; default-src 'none'")
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .header(
                "Content-Disposition",
                ContentDisposition.of(attachment.contentType(), attachment.fileName()));
    if (content.partial()) {
      response.header("Content-Range", content.served().contentRange(content.totalSize()));
    }
    return response.build();
  }

  @DELETE
  @Path("{attachmentId}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Remove a file",
      description = "By its uploader or an agent, while the ticket is not closed; in the history.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Not your file", ref = "problem")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", description = "The ticket is closed", ref = "problem")
  public Response remove(
      @PathParam("id") long ticketId, @PathParam("attachmentId") String attachmentId) {
    attachments.remove(ticketId, attachmentId, currentUser);
    return Response.noContent().build();
  }
}
