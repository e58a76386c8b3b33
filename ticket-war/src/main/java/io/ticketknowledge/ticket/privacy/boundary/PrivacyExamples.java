package io.ticketknowledge.ticket.privacy.boundary;

/**
 * Examples of the privacy endpoints' JSON for the OpenAPI document, true to the request and view
 * records (JSON-B leaves out null fields, so a never-held hold has no reason or changedAt).
 */
final class PrivacyExamples {

  static final String LEGAL_HOLD_REQUEST =
      "{\"held\":true,\"reason\":\"法務案件 LC-2026-031：保留至訴訟結束\"}";

  static final String LEGAL_HOLD =
      "{\"ticketId\":123,\"held\":true,\"reason\":\"法務案件 LC-2026-031：保留至訴訟結束\","
          + "\"changedBy\":\"u-9001\",\"changedAt\":\"2026-11-30T02:15:00Z\",\"version\":1}";

  static final String LEGAL_HOLD_NEVER_HELD = "{\"ticketId\":124,\"held\":false,\"version\":0}";

  static final String RETENTION_RULE_REQUEST =
      "{\"anonymizeAfterMonths\":36,\"deleteAttachmentsAfterMonths\":12,"
          + "\"keepContentOnErasure\":false}";

  static final String RETENTION_RULE =
      "{\"ticketType\":\"INCIDENT\",\"anonymizeAfterMonths\":36,"
          + "\"deleteAttachmentsAfterMonths\":12,\"keepContentOnErasure\":false,"
          + "\"updatedAt\":\"2026-11-30T02:20:00Z\",\"version\":2}";

  static final String RETENTION_RULE_NONE =
      "{\"ticketType\":\"QUESTION\",\"keepContentOnErasure\":false,\"version\":0}";

  static final String RETENTION_RULES =
      "["
          + RETENTION_RULE
          + ",{\"ticketType\":\"PROBLEM\",\"keepContentOnErasure\":true,"
          + "\"updatedAt\":\"2026-11-12T08:00:00Z\",\"version\":1}]";

  static final String RETENTION_REPORT =
      "{\"dryRun\":true,\"ranAt\":\"2026-11-30T03:00:00Z\",\"batchSize\":200,"
          + "\"anonymizedTicketIds\":[88,91],\"attachmentTicketIds\":[88,91,97],"
          + "\"attachmentsDeleted\":4,\"heldTicketIds\":[123],\"more\":false}";

  static final String ERASURE_REPORT =
      "{\"subject\":\"u-1001\",\"pseudonym\":\"Deleted user #54cd\",\"ticketsPseudonymized\":5,"
          + "\"ticketsContentErased\":4,\"commentsErased\":9,\"attachmentsDeleted\":3,"
          + "\"watchesRemoved\":2,\"heldTicketIds\":[123],\"reindexedTicketIds\":[88,91,97,102,123]}";

  private PrivacyExamples() {}
}
