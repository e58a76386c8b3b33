package io.ticketknowledge.platform.web.deadletters;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.events.DeadLetter;
import io.ticketknowledge.platform.events.DeadLetterFilter;
import io.ticketknowledge.platform.events.DeadLetters;
import io.ticketknowledge.platform.events.EventConsumers;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's dead letters over REST: admins list them (filtered by consumer, event type, time of
 * failure and error text) and, once the cause is fixed, replay one or every letter a filter matches
 * through the consumer that gave up on it (which still skips what it processed before). A module
 * subclasses it with its {@code @Path} and its schema, nothing else.
 *
 * <p>The role check sits on each method: a class-level annotation of a subclass does not cover
 * methods declared here.
 */
public abstract class DeadLettersEndpoint {

  /** Most letters one bulk replay runs through; repeat the request for more. */
  public static final int MAX_REPLAY = 1000;

  private final String schema;

  @Inject EventConsumers consumers;
  @Inject AuditTrail audit;

  /**
   * @param schema the module's schema, which holds its dead-letter table
   */
  protected DeadLettersEndpoint(String schema) {
    this.schema = schema;
  }

  /** Oldest first; {@code after} is the last id of the previous page. */
  @GET
  @RolesAllowed(Roles.ADMIN)
  public List<DeadLetter> list(
      @QueryParam("after") @DefaultValue("0") @Min(0) long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("includeReplayed") @DefaultValue("false") boolean includeReplayed,
      @QueryParam("consumer") @Size(max = 200) String consumer,
      @QueryParam("type") @Size(max = 200) String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("error") @Size(max = 200) String error) {
    return deadLetters()
        .list(filter(consumer, type, from, to, error, includeReplayed), after, limit);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public DeadLetter letter(@PathParam("id") long id) {
    return find(id);
  }

  @POST
  @Path("{id}/replay")
  @RolesAllowed(Roles.ADMIN)
  public DeadLetter replay(@PathParam("id") long id) {
    DeadLetter letter = find(id);
    if (letter.replayedAt() != null) {
      throw new ApiException(ProblemKind.CONFLICT, "problem.dead-letter-replayed.detail", id);
    }
    Refusal refusal = replayed(letter);
    audit.record(
        AuditAction.DEAD_LETTER_REPLAYED,
        AuditObject.of("dead-letter", id),
        List.of(),
        refusal == null ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
        refusal == null ? letter.consumer() : refusal.error());
    if (refusal != null) {
      throw new ApiException(ProblemKind.CONFLICT, refusal.problem(), refusal.args());
    }
    return find(id);
  }

  /**
   * Replays every pending letter the filter matches (oldest first, at most {@code limit}), each on
   * its own: one that fails again stays pending and is listed with its error; the others are marked
   * replayed.
   */
  @POST
  @Path("replay")
  @RolesAllowed(Roles.ADMIN)
  public ReplayReport replayAll(
      @QueryParam("consumer") @Size(max = 200) String consumer,
      @QueryParam("type") @Size(max = 200) String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("error") @Size(max = 200) String error,
      @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(MAX_REPLAY) int limit) {
    List<DeadLetter> letters =
        deadLetters().list(filter(consumer, type, from, to, error, false), 0, limit);
    int replayed = 0;
    List<ReplayReport.Failure> failed = new ArrayList<>();
    for (DeadLetter letter : letters) {
      Refusal refusal = replayed(letter);
      if (refusal == null) {
        replayed++;
      } else {
        failed.add(new ReplayReport.Failure(letter.id(), refusal.problem(), refusal.error()));
      }
    }
    audit.record(
        AuditAction.DEAD_LETTER_REPLAYED,
        AuditObject.of("dead-letters", consumer == null ? "*" : consumer),
        List.of(),
        failed.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
        "matched " + letters.size() + ", replayed " + replayed + ", failed " + failed.size());
    return new ReplayReport(letters.size(), replayed, failed);
  }

  /** The outcome of a bulk replay; {@code matched == limit} means more may be left. */
  public record ReplayReport(int matched, int replayed, List<Failure> failed) {

    /** A letter that stayed pending, with the problem's message key and what went wrong. */
    public record Failure(long id, String problem, String error) {}
  }

  /** Why a letter stays pending: a message key, its arguments, and the error itself. */
  private record Refusal(String problem, String error, Object... args) {}

  /** Null when the letter was replayed. */
  private Refusal replayed(DeadLetter letter) {
    try {
      if (!consumers.replay(schema, letter)) {
        return new Refusal(
            "problem.dead-letter-unknown-consumer.detail",
            "no consumer " + letter.consumer(),
            letter.consumer());
      }
      return null;
    } catch (MalformedEventException e) {
      return new Refusal("problem.dead-letter-malformed.detail", e.getMessage(), letter.id());
    } catch (RuntimeException e) {
      String error = String.valueOf(e.getMessage());
      return new Refusal("problem.dead-letter-replay-failed.detail", error, letter.id(), error);
    }
  }

  private DeadLetters deadLetters() {
    return consumers
        .deadLetters(schema)
        .orElseThrow(() -> new ApiException(ProblemKind.UNAVAILABLE, null));
  }

  private DeadLetter find(long id) {
    return deadLetters()
        .find(id)
        .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "problem.not-found.detail"));
  }

  private static DeadLetterFilter filter(
      String consumer, String type, String from, String to, String error, boolean includeReplayed) {
    return new DeadLetterFilter(
        blankToNull(consumer),
        blankToNull(type),
        instant("from", from),
        instant("to", to),
        blankToNull(error),
        includeReplayed);
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST, "problem.invalid-instant.detail", name, value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
