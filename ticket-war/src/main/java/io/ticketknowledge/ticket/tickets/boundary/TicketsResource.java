package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.platform.web.IdempotencyKeys;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.ApiExamples;
import io.ticketknowledge.ticket.sla.boundary.SlaSummaryView;
import io.ticketknowledge.ticket.sla.control.TicketSla;
import io.ticketknowledge.ticket.tickets.control.OpenedTicket;
import io.ticketknowledge.ticket.tickets.control.TicketAssignments;
import io.ticketknowledge.ticket.tickets.control.TicketFilter;
import io.ticketknowledge.ticket.tickets.control.TicketLists;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketSort;
import io.ticketknowledge.ticket.tickets.control.TicketTransitions;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("tickets")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject TicketWorkflow workflow;
  @Inject TicketAssignments assignments;
  @Inject TicketAutoClose autoClose;
  @Inject TicketQueries queries;
  @Inject TicketLists lists;
  @Inject CurrentUser currentUser;
  @Inject TicketSla sla;

  @POST
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Open a ticket",
      description =
          "The caller becomes the requester and gets a number TK-<year>-<000123>. Requesters state"
              + " impact and urgency, from which the priority follows (P1–P4); priority and"
              + " group are for agents (403 for requesters). Unknown properties are a 400.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "requester",
                      value =
                          "{\"subject\":\"三樓印表機無法列印\",\"description\":\"從早上開始無法列印。\","
                              + "\"type\":\"INCIDENT\",\"impact\":\"MEDIUM\",\"urgency\":\"HIGH\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Opened (or replayed for a repeated Idempotency-Key)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "opened", value = ApiExamples.TICKET)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(
      responseCode = "403",
      description = "A field reserved for agents was sent",
      ref = "problem")
  @APIResponse(
      responseCode = "409",
      description = "Idempotency-Key reused with another request",
      ref = "problem")
  @APIResponse(responseCode = "413", ref = "problem")
  @Counted(name = "tickets_opened", absolute = true, description = "Tickets opened through the API")
  @Timed(name = "tickets_open_duration", absolute = true)
  public Response open(
      @Valid @NotNull NewTicket request,
      @Parameter(description = "Makes retries safe: the same key returns the first result")
          @HeaderParam(IdempotencyKeys.HEADER)
          String idempotencyKey,
      @Context UriInfo uri) {
    OpenedTicket opened =
        workflow.open(request, IdempotencyKeys.validated(idempotencyKey), currentUser);
    Ticket ticket = opened.ticket();
    Response.ResponseBuilder response =
        Response.created(uri.getAbsolutePathBuilder().path(ticket.id().toString()).build())
            .tag(Versions.etag(ticket.version()))
            .entity(TicketView.of(ticket));
    if (opened.replayed()) {
      response.header(IdempotencyKeys.REPLAYED_HEADER, "true");
    }
    return response.build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(summary = "Read a ticket", description = "The ETag header is the ticket's version.")
  @APIResponse(
      responseCode = "200",
      description = "The ticket",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "ticket", value = ApiExamples.TICKET)))
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No such ticket, or not visible to the caller",
      ref = "problem")
  public Response get(@PathParam("id") long id, @Context Request request) {
    Ticket ticket = queries.visible(id, currentUser);
    EntityTag etag = Versions.etag(ticket.version());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.tag(etag).build();
    }
    return Response.ok(withSla(ticket)).tag(etag).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Change a ticket (JSON merge patch)",
      description =
          "Needs If-Match with the last ETag read (* is refused). Fields, assignment and status in"
              + " one request; each change is in the history. Status moves follow the workflow"
              + " (GET /tickets/workflow): PENDING needs pendingReason, RESOLVED a resolution.")
  @RequestBody(
      content =
          @Content(
              mediaType = MERGE_PATCH,
              examples = {
                @ExampleObject(
                    name = "pending",
                    value = "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\"}"),
                @ExampleObject(
                    name = "resolve",
                    value = "{\"status\":\"RESOLVED\",\"resolution\":\"已更換碳粉匣，列印正常。\"}"),
                @ExampleObject(
                    name = "assign",
                    value = "{\"groupId\":50,\"assigneeId\":\"agent1\"}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "Changed; the new ETag is in the header",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "changed", value = ApiExamples.TICKET)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", description = "A field reserved for agents", ref = "problem")
  @APIResponse(
      responseCode = "409",
      description = "A status move the workflow does not allow you, or a closed ticket",
      ref = "problem")
  @APIResponse(
      responseCode = "412",
      description = "Changed by someone else since your ETag",
      ref = "problem")
  @APIResponse(responseCode = "428", description = "If-Match missing or *", ref = "problem")
  public Response change(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull TicketChanges changes) {
    Ticket ticket = workflow.change(id, changes, ifMatch, currentUser);
    return Response.ok(withSla(ticket)).tag(Versions.etag(ticket.version())).build();
  }

  private TicketView withSla(Ticket ticket) {
    return TicketView.of(ticket).withSla(SlaSummaryView.of(sla.evaluate(ticket)));
  }

  @POST
  @Path("{id}/take")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Take a ticket (agents)",
      description = "The caller becomes the assignee; the group stays. Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Taken",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "taken", value = ApiExamples.TICKET)))
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response take(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Ticket ticket = assignments.take(id, ifMatch, currentUser);
    return Response.ok(TicketView.of(ticket)).tag(Versions.etag(ticket.version())).build();
  }

  @POST
  @Path("{id}/release")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Release a ticket (agents)",
      description = "Nobody is assigned any more; it stays in its group's queue. Needs If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "Released",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "released", value = ApiExamples.TICKET)))
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "412", ref = "problem")
  @APIResponse(responseCode = "428", ref = "problem")
  public Response release(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Ticket ticket = assignments.release(id, ifMatch, currentUser);
    return Response.ok(TicketView.of(ticket)).tag(Versions.etag(ticket.version())).build();
  }

  @POST
  @Path("auto-close")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Run the auto-close job now (admins)",
      description =
          "Closes the tickets resolved more than tk.tickets.auto-close.after-days days ago, as"
              + " the scheduled job does every tk.tickets.auto-close.interval-seconds.")
  @APIResponse(
      responseCode = "200",
      description = "How many tickets were closed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "closed", value = "{\"closed\":3}")))
  @APIResponse(responseCode = "403", ref = "problem")
  public AutoCloseRun autoClose() {
    return new AutoCloseRun(autoClose.run());
  }

  /** The outcome of one auto-close run. */
  public record AutoCloseRun(int closed) {}

  @GET
  @Path("workflow")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "The workflow table",
      description = "Every allowed status move and who may make it (REQUESTER, AGENT, SYSTEM).")
  @APIResponse(
      responseCode = "200",
      description = "The moves",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "moves",
                      value = "[{\"from\":\"NEW\",\"to\":\"OPEN\",\"by\":[\"AGENT\"]}]")))
  public List<TicketTransitions.Transition> workflow() {
    return TicketTransitions.TABLE;
  }

  @GET
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "List tickets: filter, sort, cursor pages",
      description =
          "Only tickets the caller may see: requesters their own; agents their groups', those"
              + " assigned to them and those in no group; admins all. Filters (repeat or"
              + " comma-separate values for any-of): queue, status, priority, type, group (id or"
              + " none), assignee (user id or none), requester, tag, category, createdFrom,"
              + " createdTo, updatedFrom, updatedTo (a date = that UTC day, or an instant). An"
              + " unknown parameter is a 400 naming it. Sorts: -id (default, newest first),"
              + " -createdAt, createdAt, -updatedAt, updatedAt, priority (P1 first), -priority."
              + " Follow nextCursor for the next page (same filter and sort).")
  @Parameters({
    @Parameter(
        name = "status",
        in = ParameterIn.QUERY,
        example = "OPEN,PENDING",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "priority",
        in = ParameterIn.QUERY,
        example = "P1,P2",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "type",
        in = ParameterIn.QUERY,
        example = "INCIDENT",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "group",
        in = ParameterIn.QUERY,
        example = "50,none",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "assignee",
        in = ParameterIn.QUERY,
        example = "none",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "requester",
        in = ParameterIn.QUERY,
        example = "requester1",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "tag",
        in = ParameterIn.QUERY,
        example = "vpn",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "category",
        in = ParameterIn.QUERY,
        example = "51",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "createdFrom",
        in = ParameterIn.QUERY,
        example = "2026-03-01",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "createdTo",
        in = ParameterIn.QUERY,
        example = "2026-03-31",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "updatedFrom",
        in = ParameterIn.QUERY,
        example = "2026-03-01T08:00:00+08:00",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "updatedTo",
        in = ParameterIn.QUERY,
        example = "2026-03-02",
        schema = @Schema(type = SchemaType.STRING)),
    @Parameter(
        name = "sort",
        in = ParameterIn.QUERY,
        example = "-updatedAt",
        schema = @Schema(type = SchemaType.STRING))
  })
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "page", value = ApiExamples.TICKET_PAGE)))
  @APIResponse(responseCode = "400", ref = "problem")
  public TicketPage list(
      @Parameter(description = "all (default), mine, my-groups, unassigned, requested")
          @QueryParam("queue")
          @Size(max = 20)
          String queue,
      @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit,
      @QueryParam("cursor") @Size(max = 200) String cursor,
      @Parameter(description = "Custom field filter key:value, repeatable (all must hold)")
          @QueryParam("field")
          @Size(max = 10)
          List<String> fields,
      @QueryParam("sort") @Size(max = 20) String sort,
      @Context UriInfo uri) {
    return page(
        TicketFilter.parse(uri.getQueryParameters()), TicketSort.parse(sort), cursor, limit);
  }

  /** One page of the list with a parsed filter and sort (also what a saved view runs). */
  public TicketPage page(TicketFilter filter, TicketSort sort, String cursor, int limit) {
    return TicketPage.of(lists.page(currentUser, filter, sort, cursor, limit + 1), limit, sort);
  }

  @GET
  @Path("count")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Count the tickets of a filter",
      description =
          "The list's filters (same parameters, same visibility). Exact up to 10,000; beyond,"
              + " count is 10000 and capped is true, so the count stays fast at any size.")
  @APIResponse(
      responseCode = "200",
      description = "The count",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "count", value = "{\"count\":42,\"capped\":false}")))
  @APIResponse(responseCode = "400", ref = "problem")
  public TicketLists.Count count(@Context UriInfo uri) {
    return lists.count(currentUser, TicketFilter.parse(uri.getQueryParameters()));
  }
}
