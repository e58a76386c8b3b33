package io.ticketknowledge.platform.problems;

import io.ticketknowledge.platform.i18n.Messages;
import io.ticketknowledge.platform.ports.PortException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds localized problem+json responses; every exception mapper goes through here. */
public final class ProblemResponses {

  /** SQLSTATE of a unique-constraint violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  private ProblemResponses() {}

  public static Response build(
      ProblemKind kind, String detailKey, Object[] detailArgs, HttpHeaders headers, UriInfo uri) {
    Locale locale = locale(headers);
    String detail =
        Messages.text(locale, detailKey == null ? kind.detailKey() : detailKey, detailArgs);
    return build(kind, detail, List.of(), null, locale, uri);
  }

  public static Response build(
      ProblemKind kind,
      String detail,
      List<Problem.FieldError> errors,
      String reference,
      Locale locale,
      UriInfo uri) {
    Problem problem =
        new Problem(
            Problem.type(kind.slug()),
            Messages.text(locale, kind.titleKey()),
            kind.status(),
            detail,
            instance(uri),
            errors == null || errors.isEmpty() ? null : errors,
            reference);
    return Response.status(kind.status())
        .type(Problem.MEDIA_TYPE)
        .language(locale)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .entity(problem)
        .build();
  }

  /**
   * A problem for a client fault somewhere in the cause chain (unreadable JSON, a lost
   * optimistic-lock race, a body over the limit, a validation failure), or null if there is none.
   */
  public static Response fromCause(Throwable e, HttpHeaders headers, UriInfo uri) {
    List<Throwable> chain = causes(e);
    // our own exceptions win, however deep: a body cut off at the size limit surfaces wrapped in
    // the JSON parser's error, and is still a 413, not malformed JSON
    for (Throwable cause : chain) {
      if (cause instanceof ApiException api) {
        return build(api.kind(), api.detailKey(), api.detailArgs(), headers, uri);
      }
      if (cause instanceof PortException port) {
        return PortProblems.response(port, headers, uri);
      }
    }
    for (Throwable cause : chain) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return build(ProblemKind.MALFORMED_JSON, null, new Object[0], headers, uri);
      }
      if (cause instanceof OptimisticLockException) {
        return build(
            ProblemKind.PRECONDITION_FAILED,
            "problem.concurrent-update.detail",
            new Object[0],
            headers,
            uri);
      }
      if (cause instanceof ConstraintViolationException violations) {
        return ViolationProblems.toResponse(violations, headers, uri);
      }
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        // two requests raced to create the same thing; the loser may simply retry
        return build(ProblemKind.CONFLICT, "problem.duplicate.detail", new Object[0], headers, uri);
      }
    }
    return null;
  }

  /** The exception and its causes, outermost first, stopping at a cycle. */
  private static List<Throwable> causes(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = e; cause != null && !chain.contains(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    return chain;
  }

  /**
   * A 500 whose details go to the log under a reference the client can quote, never to the client.
   */
  public static Response internalError(Throwable e, HttpHeaders headers, UriInfo uri) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled error, reference " + reference, e);
    Locale locale = locale(headers);
    return build(
        ProblemKind.INTERNAL,
        Messages.text(locale, "problem.internal.detail", reference),
        List.of(),
        reference,
        locale,
        uri);
  }

  public static Locale locale(HttpHeaders headers) {
    try {
      return headers == null
          ? Locale.ENGLISH
          : Messages.negotiate(headers.getAcceptableLanguages());
    } catch (RuntimeException unparsableHeader) {
      return Locale.ENGLISH;
    }
  }

  private static URI instance(UriInfo uri) {
    try {
      return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    } catch (RuntimeException noRequest) {
      return null;
    }
  }
}
