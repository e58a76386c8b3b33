package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.problems.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies over {@code tk.api.max-body-bytes} with 413: up front when the length is
 * declared, and while reading when it is not (chunked uploads), so an endless body cannot exhaust
 * memory. Uploads (any body that is not JSON, text, XML or a form) may be as large as the blob port
 * accepts, {@code tk.blobs.max-bytes} plus room for multipart framing; the blob port checks the
 * file itself.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

  public static final String CONFIG_KEY = "tk.api.max-body-bytes";
  static final String UPLOAD_CONFIG_KEY = "tk.blobs.max-bytes";
  private static final long DEFAULT_LIMIT = 1_048_576;
  private static final long DEFAULT_UPLOAD_LIMIT = 26_214_400;
  private static final long MULTIPART_FRAMING = 65_536;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  private final long limit =
      ConfigProvider.getConfig().getOptionalValue(CONFIG_KEY, Long.class).orElse(DEFAULT_LIMIT);
  private final long uploadLimit =
      ConfigProvider.getConfig()
              .getOptionalValue(UPLOAD_CONFIG_KEY, Long.class)
              .orElse(DEFAULT_UPLOAD_LIMIT)
          + MULTIPART_FRAMING;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = isUpload(request.getMediaType()) ? uploadLimit : this.limit;
    if (request.getLength() > limit) {
      request.abortWith(
          ProblemResponses.build(
              ProblemKind.BODY_TOO_LARGE, null, new Object[] {limit}, headers, uri));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
    }
  }

  /**
   * A file rather than a document: not JSON, text, XML or a form (those a resource reads whole).
   */
  static boolean isUpload(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype();
    boolean document =
        type.getType().equals("text")
            || subtype.equals("json")
            || subtype.endsWith("+json")
            || subtype.equals("xml")
            || subtype.endsWith("+xml")
            || subtype.equals("x-www-form-urlencoded");
    return !document;
  }

  static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        throw new ApiException(ProblemKind.BODY_TOO_LARGE, null, limit);
      }
    }
  }
}
