package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.privacy.entity.RetentionTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retention rule as an admin states it; at least one of its terms must say something. */
@Schema(name = "RetentionRuleRequest")
public record RetentionRuleRequest(
    @Schema(description = "Anonymize closed tickets this many months after closing; null: never")
        @Min(1)
        @Max(RetentionTerms.MAX_MONTHS)
        Integer anonymizeAfterMonths,
    @Schema(description = "Delete closed tickets' files this many months after closing; 0: at once")
        @Min(0)
        @Max(RetentionTerms.MAX_MONTHS)
        Integer deleteAttachmentsAfterMonths,
    @Schema(description = "A person's erasure keeps the content of their tickets of this type")
        Boolean keepContentOnErasure) {

  RetentionTerms terms() {
    boolean keep = Boolean.TRUE.equals(keepContentOnErasure);
    if (anonymizeAfterMonths == null && deleteAttachmentsAfterMonths == null && !keep) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "privacy.rule-empty");
    }
    return new RetentionTerms(anonymizeAfterMonths, deleteAttachmentsAfterMonths, keep);
  }
}
