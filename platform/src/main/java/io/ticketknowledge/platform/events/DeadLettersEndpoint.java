package io.ticketknowledge.platform.events;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A module's dead letters over REST: admins list them and, once the cause is fixed, replay one
 * through the consumer that gave up on it (which still skips what it processed before). A module
 * subclasses it with its {@code @Path} and names its table and consumers.
 *
 * <p>The role check sits on each method: a class-level annotation of a subclass does not cover
 * methods declared here.
 */
public abstract class DeadLettersEndpoint {

  /** The module's dead-letter table. */
  protected abstract DeadLetters deadLetters();

  /** Per consumer name, how to run one of its letters through it again. */
  protected abstract Map<String, Consumer<DeadLetter>> replayers();

  /** Oldest first; {@code after} is the last id of the previous page. */
  @GET
  @RolesAllowed(Roles.ADMIN)
  public List<DeadLetter> list(
      @QueryParam("after") @DefaultValue("0") @Min(0) long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("includeReplayed") @DefaultValue("false") boolean includeReplayed) {
    return deadLetters().list(includeReplayed, after, limit);
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
    Consumer<DeadLetter> replayer = replayers().get(letter.consumer());
    if (replayer == null) {
      throw new ApiException(
          ProblemKind.CONFLICT, "problem.dead-letter-unknown-consumer.detail", letter.consumer());
    }
    try {
      replayer.accept(letter);
    } catch (MalformedEventException e) {
      throw new ApiException(ProblemKind.CONFLICT, "problem.dead-letter-malformed.detail", id);
    } catch (RuntimeException e) {
      throw new ApiException(
          ProblemKind.CONFLICT, "problem.dead-letter-replay-failed.detail", id, e.getMessage());
    }
    return find(id);
  }

  private DeadLetter find(long id) {
    return deadLetters()
        .find(id)
        .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "problem.not-found.detail"));
  }
}
