package io.ticketknowledge.platform.problems;

import io.ticketknowledge.platform.ports.PortException;
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
 * an unavailable search service a 503. Ports never name an HTTP status themselves.
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
    return ProblemResponses.build(kindOf(e), e.messageKey(), e.messageArgs(), headers, uri);
  }

  /** The problem a port's failure is for the client who caused or met it. */
  public static ProblemKind kindOf(PortException e) {
    if (e instanceof InvalidQueryException) {
      return ProblemKind.BAD_REQUEST;
    }
    if (e instanceof SearchUnavailableException) {
      return ProblemKind.UNAVAILABLE;
    }
    return ProblemKind.INTERNAL;
  }
}
