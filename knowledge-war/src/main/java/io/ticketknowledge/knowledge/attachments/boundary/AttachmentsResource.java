package io.ticketknowledge.knowledge.attachments.boundary;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.attachments.control.ArticleAttachments;
import io.ticketknowledge.knowledge.attachments.entity.Attachment;
import io.ticketknowledge.platform.blobs.BlobContent;
import io.ticketknowledge.platform.blobs.ByteRange;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Images and files of an article. Readers of the article read them (same audience check); editors
 * upload the raw bytes (type detected from the content, the blob port's allow-list) and refer to
 * them in Markdown by their {@code url}.
 */
@Path("articles/{id}/attachments")
@SecurityRequirement(name = "bearer")
@RequestScoped
public class AttachmentsResource {

  /** Served inline; anything else is a download, and nothing served here may run script. */
  private static final Set<String> INLINE =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf");

  @Inject ArticleAttachments attachments;
  @Inject CurrentUser currentUser;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary = "Upload an image or file",
      description = "The body is the file; its type is detected from the bytes.")
  @APIResponse(responseCode = "201", description = "Stored")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "413", ref = "problem")
  @APIResponse(responseCode = "415", description = "Type not accepted", ref = "problem")
  @APIResponse(
      responseCode = "422",
      description = "The malware scanner found a signature (named in the detail); nothing stored",
      ref = "problem")
  @APIResponse(responseCode = "503", description = "Malware scanner unavailable", ref = "problem")
  public Response upload(
      @PathParam("id") long articleId,
      @QueryParam("name") @Size(max = 255) @Pattern(regexp = "[^/\\\\\\p{Cntrl}]+") String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String declaredType,
      InputStream content) {
    Attachment attachment =
        attachments.add(articleId, content, declaredType, name, Reader.of(currentUser));
    AttachmentView view = AttachmentView.of(attachment);
    return Response.created(URI.create(view.url())).entity(view).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "The article's attachments")
  @APIResponse(responseCode = "200", description = "The attachments")
  @APIResponse(responseCode = "404", ref = "problem")
  public List<AttachmentView> list(@PathParam("id") long articleId) {
    return attachments.of(articleId, Reader.of(currentUser)).stream()
        .map(AttachmentView::of)
        .toList();
  }

  @GET
  @Path("{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "The attachment's bytes (Range supported)")
  @APIResponse(responseCode = "200", description = "The content")
  @APIResponse(responseCode = "206", description = "The requested range")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response read(
      @PathParam("id") long articleId,
      @PathParam("attachmentId") long attachmentId,
      @HeaderParam("Range") String range) {
    Attachment attachment = attachments.visible(articleId, attachmentId, Reader.of(currentUser));
    BlobContent content = attachments.content(attachment, ByteRange.parse(range));
    StreamingOutput body =
        out -> {
          try (BlobContent open = content) {
            open.stream().transferTo(out);
          }
        };
    boolean inline = INLINE.contains(content.contentType());
    Response.ResponseBuilder response =
        Response.status(content.partial() ? 206 : 200)
            .entity(body)
            .type(content.contentType())
            .header("Accept-Ranges", "bytes")
            .header(HttpHeaders.CONTENT_LENGTH, content.served().length())
            .header("Content-Security-Policy", "sandbox; default-src 'none'")
            .header(
                "Content-Disposition",
                (inline ? "inline" : "attachment")
                    + "; filename*=UTF-8''"
                    + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
    if (content.partial()) {
      response.header("Content-Range", content.served().contentRange(content.totalSize()));
    }
    return response.build();
  }

  @DELETE
  @Path("{attachmentId}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Remove an attachment")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", ref = "problem")
  public Response remove(
      @PathParam("id") long articleId, @PathParam("attachmentId") long attachmentId) {
    attachments.remove(articleId, attachmentId, Reader.of(currentUser));
    return Response.noContent().build();
  }
}
