package io.ticketknowledge.platform.web.outbox;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.events.ParkedOutboxRows;
import io.ticketknowledge.platform.events.ParkedOutboxRows.ParkedRow;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import javax.sql.DataSource;

/**
 * A module's parked outbox rows over REST: events the relay set aside after failing on their own
 * (alert {@code tk_outbox_parked}). Admins list them and, once the cause is fixed, release one or
 * all; the relay then publishes them on its next cycle, in order within their aggregate. A module
 * subclasses it with its {@code @Path} and its schema, nothing else.
 *
 * <p>The role check sits on each method: a class-level annotation of a subclass does not cover
 * methods declared here.
 */
public abstract class ParkedOutboxEndpoint {

  private final String schema;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Inject AuditTrail audit;

  /**
   * @param schema the module's schema, which holds its outbox
   */
  protected ParkedOutboxEndpoint(String schema) {
    this.schema = schema;
  }

  /** Oldest first; {@code after} is the last {@code seq} of the previous page. */
  @GET
  @RolesAllowed(Roles.ADMIN)
  public List<ParkedRow> list(
      @QueryParam("after") @DefaultValue("0") @Min(0) long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return rows().list(after, limit);
  }

  /** Releases one row; 404 when no parked row has that number (published or released since). */
  @POST
  @Path("{seq}/release")
  @RolesAllowed(Roles.ADMIN)
  public Released release(@PathParam("seq") @Min(1) long seq) {
    boolean released = rows().release(seq);
    audit.record(
        AuditAction.OUTBOX_RELEASED,
        AuditObject.of("outbox-row", seq),
        List.of(),
        released ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
        released ? "released" : "no parked row");
    if (!released) {
      throw new ApiException(ProblemKind.NOT_FOUND, "problem.not-found.detail");
    }
    return new Released(1);
  }

  /** Releases every parked row of the module. */
  @POST
  @Path("release")
  @RolesAllowed(Roles.ADMIN)
  public Released releaseAll() {
    int released = rows().releaseAll();
    audit.record(
        AuditAction.OUTBOX_RELEASED,
        AuditObject.of("outbox-rows", "*"),
        List.of(),
        AuditOutcome.SUCCESS,
        "released " + released);
    return new Released(released);
  }

  /** How many rows went back to the relay. */
  public record Released(int released) {}

  private ParkedOutboxRows rows() {
    return new ParkedOutboxRows(dataSource, schema);
  }
}
