package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON merge patch of a ticket: absent fields stay as they are. Requesters may change subject,
 * description, type, category, impact and urgency of their own tickets and make the status moves
 * the workflow gives them; priority, department, group and assignee are for agents.
 */
@Schema(
    name = "TicketChanges",
    example = "{\"status\":\"RESOLVED\",\"resolution\":\"已重新安裝印表機驅動程式，列印恢復正常。\"}")
public record TicketChanges(
    @Size(min = 1, max = 200)
        @Pattern(
            regexp = "(?s).*\\S.*",
            message = "{jakarta.validation.constraints.NotBlank.message}")
        @CleanText
        String subject,
    @Size(min = 1, max = 20000)
        @Pattern(
            regexp = "(?s).*\\S.*",
            message = "{jakarta.validation.constraints.NotBlank.message}")
        @CleanText(multiline = true)
        String description,
    TicketType type,
    @Positive Long categoryId,
    Level impact,
    Level urgency,
    @Schema(description = "Agents only") TicketPriority priority,
    @Schema(description = "Agents only") @Size(max = 100) @CleanText String department,
    @Schema(description = "Agents only: the support group") @Positive Long groupId,
    @Schema(description = "Agents only: a member of the ticket's group (or yourself)")
        @Size(max = 255)
        String assigneeId,
    @Schema(description = "A move the workflow allows you (see GET /tickets/workflow)")
        TicketStatus status,
    @Schema(description = "Required when the status becomes PENDING") PendingReason pendingReason,
    @Schema(description = "Required when the status becomes RESOLVED")
        @Size(max = 20000)
        @CleanText(multiline = true)
        String resolution,
    @Schema(description = "Agents only: replaces the tags (lower-cased; letters, digits, . _ -)")
        @Size(max = 20)
        List<@NotNull @Size(max = 50) String> tags,
    @Schema(
            description =
                "Values of custom fields by key; null clears one. Requesters only those flagged"
                    + " requesterEditable")
        @Size(max = 100)
        Map<String, JsonValue> customFields,
    @Schema(
            description =
                "Agents only: the knowledge articles that solve it (replaces the list; [] clears"
                    + " it); ticket.resolved carries them")
        @Size(max = 20)
        List<@NotNull @Positive Long> linkedArticleIds,
    @Schema(
            description =
                "Agents only, with status RESOLVED: propose the ticket to Knowledge as a draft"
                    + " article")
        Boolean proposeAsArticle) {

  /** The one JSON-B reads request bodies with (a record with two constructors must say). */
  @JsonbCreator
  public TicketChanges {}

  /** A patch without the solution fields (article links, proposal). */
  public TicketChanges(
      String subject,
      String description,
      TicketType type,
      Long categoryId,
      Level impact,
      Level urgency,
      TicketPriority priority,
      String department,
      Long groupId,
      String assigneeId,
      TicketStatus status,
      PendingReason pendingReason,
      String resolution,
      List<String> tags,
      Map<String, JsonValue> customFields) {
    this(
        subject,
        description,
        type,
        categoryId,
        impact,
        urgency,
        priority,
        department,
        groupId,
        assigneeId,
        status,
        pendingReason,
        resolution,
        tags,
        customFields,
        null,
        null);
  }
}
