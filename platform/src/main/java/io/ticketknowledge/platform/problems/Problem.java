package io.ticketknowledge.platform.problems;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of problem so clients can
 * branch on it; {@code title} and {@code detail} are localized for humans.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "reference"})
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    URI instance,
    List<FieldError> errors,
    String reference) {

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://ticket-knowledge.io/problems/";

  public static URI type(String kind) {
    return URI.create(TYPE_BASE + kind);
  }

  /** One invalid field: where it is (a JSON path-like name) and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
