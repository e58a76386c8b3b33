package io.ticketknowledge.ticket.privacy.entity;

import java.time.Instant;
import java.util.List;

/**
 * What a retention run did, or as a dry run would do: ticket ids anonymized, ticket ids whose files
 * were deleted (and how many files), ticket ids a legal hold kept, and whether the run stopped at
 * its batch bound with more to do (the next run continues: what was done is no longer selected).
 */
public record RetentionReport(
    boolean dryRun,
    Instant ranAt,
    int batchSize,
    List<Long> anonymizedTicketIds,
    List<Long> attachmentTicketIds,
    int attachmentsDeleted,
    List<Long> heldTicketIds,
    boolean more) {

  public int anonymized() {
    return anonymizedTicketIds.size();
  }

  public int held() {
    return heldTicketIds.size();
  }
}
