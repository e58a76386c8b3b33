package io.ticketknowledge.ticket.satisfaction.boundary;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.satisfaction.control.SatisfactionSummaries;
import io.ticketknowledge.ticket.satisfaction.control.SatisfactionSurveys;
import io.ticketknowledge.ticket.satisfaction.entity.SatisfactionRating;
import io.ticketknowledge.ticket.satisfaction.entity.SummaryDimension;
import io.ticketknowledge.ticket.satisfaction.entity.SummaryRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** CSAT answers (one per resolution, by the survey's token) and their aggregates. */
@Path("satisfaction")
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SatisfactionResource {

  private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

  @Inject SatisfactionSurveys surveys;
  @Inject SatisfactionSummaries summaries;
  @Inject CurrentUser currentUser;

  @POST
  @Path("ratings")
  @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "Answer a satisfaction survey",
      description =
          "The token of the survey link, GOOD or BAD, an optional comment. Only the ticket's"
              + " requester; once per resolution (409 after), until it expires (409).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "good", value = SatisfactionExamples.RATING_REQUEST),
                @ExampleObject(name = "bad", value = SatisfactionExamples.BAD_RATING_REQUEST)
              }))
  @APIResponse(
      responseCode = "201",
      description = "Recorded; ticket.satisfaction-rated emitted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "recorded", value = SatisfactionExamples.RATING)))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "404", ref = "problem")
  @APIResponse(responseCode = "409", ref = "problem")
  public Response rate(@Valid @NotNull RatingRequest request) {
    SatisfactionRating rating =
        surveys.rate(request.token(), request.rating(), request.comment(), currentUser);
    return Response.status(Response.Status.CREATED).entity(RatingView.of(rating)).build();
  }

  @GET
  @Path("summary")
  @RolesAllowed({Roles.AGENT, Roles.ADMIN})
  @Operation(
      summary = "CSAT per agent, group or month",
      description =
          "by=AGENT|GROUP|MONTH, from/to as yyyy-MM (UTC months, inclusive), groupId to narrow."
              + " Agents see their groups' ratings only.")
  @APIResponse(
      responseCode = "200",
      description = "One row per agent, group or month",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "byAgent", value = SatisfactionExamples.SUMMARY_BY_AGENT),
                @ExampleObject(name = "byMonth", value = SatisfactionExamples.SUMMARY_BY_MONTH)
              }))
  @APIResponse(responseCode = "400", ref = "validation")
  @APIResponse(responseCode = "403", ref = "problem")
  public List<SummaryRow> summary(
      @QueryParam("by") @NotNull @Pattern(regexp = "AGENT|GROUP|MONTH") String by,
      @QueryParam("from") @Pattern(regexp = MONTH) String from,
      @QueryParam("to") @Pattern(regexp = MONTH) String to,
      @QueryParam("groupId") @Positive Long groupId) {
    return summaries.summarize(
        SummaryDimension.valueOf(by),
        month(from),
        month(to),
        groupId,
        surveys.viewerOf(currentUser));
  }

  private static YearMonth month(String text) {
    try {
      return text == null ? null : YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "csat.month-invalid", text);
    }
  }
}
