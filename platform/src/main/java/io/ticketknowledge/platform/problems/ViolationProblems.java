package io.ticketknowledge.platform.problems;

import io.ticketknowledge.platform.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean Validation failures as a 400 problem listing every invalid field, localized. */
final class ViolationProblems {

  private static volatile MessageInterpolator interpolator;

  private ViolationProblems() {}

  static Response toResponse(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = ProblemResponses.locale(headers);
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), message(v, locale)))
            .sorted(
                Comparator.comparing(Problem.FieldError::field)
                    .thenComparing(Problem.FieldError::message))
            .toList();
    String detail = Messages.text(locale, "problem.validation.detail", errors.size());
    return ProblemResponses.build(ProblemKind.VALIDATION, detail, errors, null, locale, uri);
  }

  /**
   * Drops the method and parameter nodes of a method-validation path, so a body field reads {@code
   * subject} rather than {@code open.request.subject}; a bare parameter keeps its name.
   */
  static String fieldName(Path path) {
    StringBuilder name = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
        if (node.getName() != null && !node.getName().startsWith("<")) {
          if (!name.isEmpty()) {
            name.append('.');
          }
          name.append(node.getName());
        }
        if (node.getIndex() != null) {
          name.append('[').append(node.getIndex()).append(']');
        }
      }
    }
    if (!name.isEmpty()) {
      return name.toString();
    }
    return parameter == null ? "body" : parameter;
  }

  private static String message(ConstraintViolation<?> violation, Locale locale) {
    try {
      return interpolator()
          .interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
    } catch (RuntimeException cannotInterpolate) {
      return violation.getMessage();
    }
  }

  private static MessageInterpolator interpolator() {
    if (interpolator == null) {
      interpolator = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    }
    return interpolator;
  }

  private record ViolationContext(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {
    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
