package io.ticketknowledge.ticket.tickets.entity;

import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.customfields.entity.FieldValue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A requester's problem or service request, worked by agents. The entity keeps its own invariants
 * (priority from the matrix unless overridden, timestamps of the lifecycle); who may change what,
 * and which status may follow which, is decided before (TicketEditing, TicketTransitions).
 */
@Entity
@Table(schema = "ticket", name = "tickets")
public class Ticket {

  @Id
  @SequenceGenerator(
      name = "tickets_ids",
      schema = "ticket",
      sequenceName = "tickets_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets_ids")
  private Long id;

  @Column(name = "ticket_number", nullable = false, length = 20, updatable = false)
  private String number;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 20000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "ticket_type", nullable = false)
  private TicketType type;

  @Column(name = "category_id")
  private Long categoryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_reason")
  private PendingReason pendingReason;

  @Column(length = 20000)
  private String resolution;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Level impact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Level urgency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketPriority priority;

  @Column(name = "priority_overridden", nullable = false)
  private boolean priorityOverridden;

  @Column(name = "requester_id", nullable = false)
  private String requesterId;

  @Column(name = "requester_name", nullable = false)
  private String requesterName;

  @Column(name = "requester_department", length = 100)
  private String requesterDepartment;

  @Column(name = "group_id")
  private Long groupId;

  @Column(name = "assignee_id")
  private String assigneeId;

  @Column(name = "assignee_name")
  private String assigneeName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "ticket_tags",
      joinColumns = @JoinColumn(name = "ticket_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "ticket_watchers",
      joinColumns = @JoinColumn(name = "ticket_id"))
  @Column(name = "user_id")
  private Set<String> watcherIds = new TreeSet<>();

  /** Values of custom fields (decision 0012), one row per atomic value. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "ticket_field_values",
      joinColumns = @JoinColumn(name = "ticket_id"))
  private Set<FieldValue> fieldValues = new HashSet<>();

  /** Knowledge articles an agent named as the solution (ids of the Knowledge module). */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      schema = "ticket",
      name = "ticket_article_links",
      joinColumns = @JoinColumn(name = "ticket_id"))
  @Column(name = "article_id")
  private Set<Long> linkedArticleIds = new TreeSet<>();

  @Version private long version;

  protected Ticket() {}

  /** A new ticket as its requester states it; the priority follows from impact and urgency. */
  public static Ticket open(
      String number,
      String subject,
      String description,
      TicketType type,
      Long categoryId,
      Level impact,
      Level urgency,
      String requesterId,
      String requesterName,
      String requesterDepartment) {
    Ticket ticket = new Ticket();
    ticket.number = number;
    ticket.subject = subject.strip();
    ticket.description = description.strip();
    ticket.type = type == null ? TicketType.INCIDENT : type;
    ticket.categoryId = categoryId;
    ticket.impact = impact == null ? Level.MEDIUM : impact;
    ticket.urgency = urgency == null ? Level.MEDIUM : urgency;
    ticket.priority = PriorityMatrix.priority(ticket.impact, ticket.urgency);
    ticket.status = TicketStatus.NEW;
    ticket.requesterId = requesterId;
    ticket.requesterName = requesterName;
    ticket.requesterDepartment = requesterDepartment;
    ticket.createdAt = now();
    ticket.updatedAt = ticket.createdAt;
    return ticket;
  }

  public void rename(String newSubject) {
    subject = newSubject.strip();
    touch();
  }

  public void describe(String newDescription) {
    description = newDescription.strip();
    touch();
  }

  public void classify(TicketType newType) {
    type = newType;
    touch();
  }

  public void categorize(Long newCategoryId) {
    categoryId = newCategoryId;
    touch();
  }

  public void moveToDepartment(String department) {
    requesterDepartment = department;
    touch();
  }

  /** New impact and urgency; the priority follows them unless an agent has overridden it. */
  public void assess(Level newImpact, Level newUrgency) {
    impact = newImpact;
    urgency = newUrgency;
    if (!priorityOverridden) {
      priority = PriorityMatrix.priority(impact, urgency);
    }
    touch();
  }

  /** An agent's priority, kept even when impact or urgency change later. */
  public void overridePriority(TicketPriority newPriority) {
    priority = newPriority;
    priorityOverridden = true;
    touch();
  }

  public void assignTo(Long newGroupId, String newAssigneeId, String newAssigneeName) {
    groupId = newGroupId;
    assigneeId = newAssigneeId;
    assigneeName = newAssigneeId == null ? null : newAssigneeName;
    touch();
  }

  /**
   * Moves to another status; the caller has checked that the move is allowed. Pending needs a
   * reason, resolved a resolution note; reopening clears the resolution.
   */
  public void moveTo(TicketStatus next, PendingReason reason, String resolutionNote) {
    OffsetDateTime at = now();
    pendingReason = next == TicketStatus.PENDING ? reason : null;
    switch (next) {
      case RESOLVED -> {
        resolution = resolutionNote.strip();
        resolvedAt = at;
        closedAt = null;
      }
      case CLOSED -> closedAt = at;
      case NEW, OPEN, PENDING -> {
        resolution = null;
        resolvedAt = null;
        closedAt = null;
      }
    }
    status = next;
    updatedAt = at;
  }

  /** Replaces the tags (already normalized by {@code TicketTags}). */
  public void tag(Set<String> newTags) {
    tags.clear();
    tags.addAll(newTags);
    touch();
  }

  /** Adds a watcher; false when they already watch. */
  public boolean watch(String userId) {
    boolean added = watcherIds.add(userId);
    if (added) {
      touch();
    }
    return added;
  }

  /** Removes a watcher; false when they did not watch. */
  public boolean unwatch(String userId) {
    boolean removed = watcherIds.remove(userId);
    if (removed) {
      touch();
    }
    return removed;
  }

  public boolean isWatchedBy(String userId) {
    return userId != null && watcherIds.contains(userId);
  }

  /** The watchers' user ids, sorted. */
  public List<String> watcherIds() {
    return new ArrayList<>(new TreeSet<>(watcherIds));
  }

  /** Replaces the knowledge articles named as the solution. */
  public void linkArticles(Set<Long> articleIds) {
    linkedArticleIds.clear();
    linkedArticleIds.addAll(articleIds);
    touch();
  }

  /** The knowledge articles named as the solution, by id. */
  public List<Long> linkedArticleIds() {
    return new ArrayList<>(new TreeSet<>(linkedArticleIds));
  }

  public boolean isRequestedBy(String userId) {
    return requesterId.equals(userId);
  }

  /** The values of custom fields by key, each key's values sorted, with the field's type. */
  public Map<String, List<FieldValue>> customFields() {
    Map<String, List<FieldValue>> byKey = new TreeMap<>();
    for (FieldValue value : fieldValues) {
      byKey.computeIfAbsent(value.key(), k -> new ArrayList<>()).add(value);
    }
    byKey.values().forEach(values -> values.sort(Comparator.comparing(FieldValue::value)));
    return byKey;
  }

  /** Replaces the values of one custom field (none: the field is cleared). */
  public void setCustomField(String key, FieldType type, List<String> values) {
    fieldValues.removeIf(value -> value.key().equals(key));
    values.forEach(value -> fieldValues.add(new FieldValue(key, type, value)));
    touch();
  }

  private void touch() {
    updatedAt = now();
  }

  private static OffsetDateTime now() {
    // microseconds: what PostgreSQL stores, so a re-read compares equal
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public TicketType type() {
    return type;
  }

  public Long categoryId() {
    return categoryId;
  }

  public TicketStatus status() {
    return status;
  }

  public PendingReason pendingReason() {
    return pendingReason;
  }

  public String resolution() {
    return resolution;
  }

  public Level impact() {
    return impact;
  }

  public Level urgency() {
    return urgency;
  }

  public TicketPriority priority() {
    return priority;
  }

  public boolean priorityOverridden() {
    return priorityOverridden;
  }

  public String requesterId() {
    return requesterId;
  }

  public String requesterName() {
    return requesterName;
  }

  public String requesterDepartment() {
    return requesterDepartment;
  }

  public Long groupId() {
    return groupId;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public String assigneeName() {
    return assigneeName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }

  /** The tags, sorted. */
  public List<String> tags() {
    return new ArrayList<>(new TreeSet<>(tags));
  }

  public long version() {
    return version;
  }
}
