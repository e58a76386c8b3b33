package io.ticketknowledge.ticket.search.entity;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's state as the search index holds it: what an event payload carries, or a row of the
 * tickets table when the index is rebuilt. The fields after {@code version} came with the ticket
 * lifecycle; events of the first version lack them (null). {@code customFields} are the values of
 * custom fields as {@code key=value} (one per atomic value). {@code revision} orders the documents
 * of one ticket: its version plus the count of its conversation's changes (decision 0020); {@code
 * publicComments} and {@code internalComments} are the bodies of its replies and of its internal
 * notes, oldest first (empty when the state came from an event alone).
 */
public record IndexedTicket(
    long id,
    String subject,
    String description,
    String status,
    String priority,
    String requesterId,
    String requesterName,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String number,
    String type,
    Long groupId,
    String assigneeId,
    Long categoryId,
    List<String> tags,
    List<String> watcherIds,
    List<String> customFields,
    long revision,
    String publicComments,
    String internalComments) {

  public IndexedTicket {
    tags = tags == null ? List.of() : List.copyOf(tags);
    watcherIds = watcherIds == null ? List.of() : List.copyOf(watcherIds);
    customFields = customFields == null ? List.of() : List.copyOf(customFields);
    publicComments = publicComments == null ? "" : publicComments;
    internalComments = internalComments == null ? "" : internalComments;
  }

  /** A state without its conversation (from an event): the revision is the version. */
  public IndexedTicket(
      long id,
      String subject,
      String description,
      String status,
      String priority,
      String requesterId,
      String requesterName,
      Instant createdAt,
      Instant updatedAt,
      long version,
      String number,
      String type,
      Long groupId,
      String assigneeId,
      Long categoryId,
      List<String> tags,
      List<String> watcherIds,
      List<String> customFields) {
    this(
        id,
        subject,
        description,
        status,
        priority,
        requesterId,
        requesterName,
        createdAt,
        updatedAt,
        version,
        number,
        type,
        groupId,
        assigneeId,
        categoryId,
        tags,
        watcherIds,
        customFields,
        version,
        "",
        "");
  }

  /** The same state with its conversation, at the revision that includes it. */
  public IndexedTicket withConversation(
      long conversationRevision, String publicComments, String internalComments) {
    return new IndexedTicket(
        id,
        subject,
        description,
        status,
        priority,
        requesterId,
        requesterName,
        createdAt,
        updatedAt,
        version,
        number,
        type,
        groupId,
        assigneeId,
        categoryId,
        tags,
        watcherIds,
        customFields,
        version + conversationRevision,
        publicComments,
        internalComments);
  }

  /** A ticket of the first version: no number, type, group, assignee, category or tags. */
  public IndexedTicket(
      long id,
      String subject,
      String description,
      String status,
      String priority,
      String requesterId,
      String requesterName,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this(
        id,
        subject,
        description,
        status,
        priority,
        requesterId,
        requesterName,
        createdAt,
        updatedAt,
        version,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }
}
