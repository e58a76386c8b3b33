package io.ticketknowledge.ticket.attachments.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.attachments.control.AttachmentRecords;
import io.ticketknowledge.ticket.attachments.control.TicketAttachments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Files of one comment. Those of an internal note are internal: only agents see them (404 for
 * anyone else). They are downloaded and removed at {@code /tickets/{id}/attachments/{id}}.
 */
@Path("tickets/{id}/comments/{commentId}/attachments")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class CommentAttachmentsResource {

  @Inject TicketAttachments attachments;
  @Inject AttachmentRecords records;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "The files of a comment")
  @APIResponse(
      responseCode = "200",
      description = "The attachments",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "attachments", value = ApiExamples.ATTACHMENTS)))
  @APIResponse(responseCode = "404", ref = "problem")
  public List<AttachmentView> list(
      @PathParam("id") long ticketId, @PathParam("commentId") long commentId) {
    return records.of(ticketId, commentId, currentUser).stream().map(AttachmentView::of).toList();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Attach a file to a comment",
      description =
          "As for the ticket (multipart, part file); by the comment's author or an agent. A file"
              + " of an internal note is internal, and so is its event.")
  @APIResponse(responseCode = "400", description = "Malformed or no file part", ref = "problem")
  @APIResponse(responseCode = "403", description = "Not your comment", ref = "problem")
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
      @PathParam("commentId") long commentId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    return AttachmentUploads.created(
        attachments.upload(ticketId, commentId, contentType, body, currentUser));
  }
}
