package io.ticketknowledge.ticket.automation.entity;

/** What a trigger does. */
public enum ActionType {
  /** status (with pendingReason / resolution), priority, groupId, assigneeId, tags (replace). */
  SET_FIELDS,
  /** assigneeId, or auto: the group's auto-assignment (round-robin / least open tickets). */
  ASSIGN,
  ADD_TAG,
  /** An internal note with {@code text} (placeholders as in macros). */
  ADD_NOTE,
  /** Records a notification request for the email channel (ticket.notification-requested). */
  NOTIFY,
  /** Not built yet: webhooks are their own feature (issue 12 item 8); refused with 400. */
  WEBHOOK
}
