package io.ticketknowledge.platform.problems;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Last line of defence: a client fault hidden inside a wrapper exception is reported as what it is;
 * anything else becomes a 500 without internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    Response known = ProblemResponses.fromCause(e, headers, uri);
    return known != null ? known : ProblemResponses.internalError(e, headers, uri);
  }
}
