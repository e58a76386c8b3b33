package io.ticketknowledge.platform.problems;

import io.ticketknowledge.platform.blobs.BlobRefusedException;
import io.ticketknowledge.platform.events.EventStoreUnavailableException;
import io.ticketknowledge.platform.ports.PortException;
import io.ticketknowledge.platform.scan.MalwareFoundException;
import io.ticketknowledge.platform.scan.ScanTooLargeException;
import io.ticketknowledge.platform.scan.ScannerUnavailableException;
import io.ticketknowledge.platform.search.InvalidQueryException;
import io.ticketknowledge.platform.search.SearchUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place where the ports' own failures become problem documents: an invalid query is a 400,
 * an unavailable search service a 503, a refused blob 415, 413, 404, 400 or 416 by its reason, an
 * infected upload 422, one too large to scan 413, an unavailable scanner 503. Ports never name an
 * HTTP status themselves.
 */
@Provider
public class PortProblems implements ExceptionMapper<PortException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(PortException e) {
    return response(e, headers, uri);
  }

  static Response response(PortException e, HttpHeaders headers, UriInfo uri) {
    Response problem =
        ProblemResponses.build(kindOf(e), e.messageKey(), e.messageArgs(), headers, uri);
    if (e instanceof BlobRefusedException refused
        && refused.reason() == BlobRefusedException.Reason.RANGE_NOT_SATISFIABLE) {
      // RFC 9110 §15.5.17: a 416 says how large the content is
      return Response.fromResponse(problem)
          .header("Content-Range", "bytes */" + refused.size())
          .build();
    }
    return problem;
  }

  /** The problem a port's failure is for the client who caused or met it. */
  public static ProblemKind kindOf(PortException e) {
    if (e instanceof InvalidQueryException) {
      return ProblemKind.BAD_REQUEST;
    }
    if (e instanceof SearchUnavailableException
        || e instanceof EventStoreUnavailableException
        || e instanceof ScannerUnavailableException) {
      return ProblemKind.UNAVAILABLE;
    }
    if (e instanceof MalwareFoundException) {
      return ProblemKind.UNPROCESSABLE_CONTENT;
    }
    if (e instanceof ScanTooLargeException) {
      return ProblemKind.BODY_TOO_LARGE;
    }
    if (e instanceof BlobRefusedException refused) {
      return switch (refused.reason()) {
        case TYPE_NOT_ACCEPTED -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
        case TOO_LARGE -> ProblemKind.BODY_TOO_LARGE;
        case NOT_FOUND -> ProblemKind.NOT_FOUND;
        case INVALID_KEY -> ProblemKind.BAD_REQUEST;
        case RANGE_NOT_SATISFIABLE -> ProblemKind.RANGE_NOT_SATISFIABLE;
      };
    }
    return ProblemKind.INTERNAL;
  }
}
