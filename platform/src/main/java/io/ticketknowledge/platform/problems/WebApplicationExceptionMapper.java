package io.ticketknowledge.platform.problems;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The runtime's own errors (no such path, wrong method or media type, role check failed) as problem
 * documents; a JSON body that cannot be read is reported as malformed, never as a 500.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response known = ProblemResponses.fromCause(e.getCause(), headers, uri);
    if (known != null) {
      return known;
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return ProblemResponses.internalError(e, headers, uri);
    }
    ProblemKind kind = ProblemKind.forStatus(status);
    String detailKey = null;
    Object[] args = {};
    if (e instanceof NotFoundException && e.getCause() != null) {
      // JAX-RS answers 404 when a path or query parameter does not convert; it is a bad request
      kind = ProblemKind.BAD_REQUEST;
      detailKey = "problem.invalid-parameter.detail";
    } else if (e instanceof NotFoundException) {
      detailKey = "problem.route-not-found.detail";
    } else if (e instanceof NotAllowedException) {
      args = new Object[] {request == null ? "" : request.getMethod()};
    } else if (e instanceof NotSupportedException) {
      args = new Object[] {"application/json"};
    }
    Response response = ProblemResponses.build(kind, detailKey, args, headers, uri);
    String allow =
        e.getResponse() == null ? null : e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    return allow == null
        ? response
        : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
  }
}
