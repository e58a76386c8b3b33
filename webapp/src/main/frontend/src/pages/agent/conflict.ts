import type { TicketChanges, TicketView, Transition } from '../../tickets/ticketsApi';
import { allowedTargets } from '../../tickets/workflow';

/** The fields an agent edits, named as in TicketChanges. */
export const FIELDS = [
  'subject', 'description', 'type', 'categoryId', 'impact', 'urgency', 'priority', 'department',
  'groupId', 'assigneeId', 'status', 'pendingReason', 'resolution', 'tags',
] as const;
export type Field = (typeof FIELDS)[number];
type Value = string | number | string[] | null;

/** A field's value on a ticket, as TicketChanges names it (assignee → assigneeId). */
export function valueOf(ticket: TicketView, field: Field): Value {
  switch (field) {
    case 'assigneeId':
      return ticket.assignee?.id ?? null;
    case 'tags':
      return [...(ticket.tags ?? [])].sort();
    default:
      return (ticket[field] as Value | undefined) ?? null;
  }
}

function normal(field: Field, value: unknown): Value {
  if (value === undefined || value === null || value === '') return null;
  if (field === 'tags' && Array.isArray(value)) return [...value].map(String).sort();
  return value as Value;
}

export function same(field: Field, a: unknown, b: unknown): boolean {
  return JSON.stringify(normal(field, a)) === JSON.stringify(normal(field, b));
}

export interface FieldChange {
  field: Field;
  before: Value;
  after: Value;
}

/** What changed between two versions of a ticket, field by field. */
export function diffTickets(before: TicketView, after: TicketView): FieldChange[] {
  return FIELDS.filter((field) => !same(field, valueOf(before, field), valueOf(after, field))).map((field) => ({
    field,
    before: valueOf(before, field),
    after: valueOf(after, field),
  }));
}

/** The merge patch of an edit: only the fields whose value differs from the ticket's. */
export function changesFrom(ticket: TicketView, edited: TicketChanges): TicketChanges {
  const patch: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = edited[field];
    if (value !== undefined && !same(field, value, valueOf(ticket, field))) patch[field] = value;
  }
  return patch as TicketChanges;
}

export interface ConflictRow {
  field: Field;
  /** when the agent opened the ticket */
  base: Value;
  /** on the server now */
  current: Value;
  /** what the agent wanted, if they changed it */
  mine?: Value;
  changedByOthers: boolean;
  changedByMe: boolean;
  /** both changed it, to different values: re-applying overwrites the other change */
  clash: boolean;
}

export interface Conflict {
  fromVersion: number;
  toVersion: number;
  rows: ConflictRow[];
  /** what re-applying sends now: my changes that still change something and are still allowed */
  reapply: TicketChanges;
  /** my changes that cannot be re-applied as they were, and why */
  dropped: { field: Field; reason: 'transition' | 'already' }[];
}

/**
 * A 412 on save: the ticket changed on the server since `base`. Shows the other changes next to
 * the agent's own and works out what re-applying would send, so nothing is overwritten silently:
 * a status move the workflow no longer allows from the current status is dropped (with its
 * resolution or reason), a change someone already made is not sent again.
 */
export function conflictOf(
  base: TicketView,
  current: TicketView,
  mine: TicketChanges,
  workflow: readonly Transition[],
  role: 'AGENT' | 'REQUESTER' = 'AGENT',
): Conflict {
  const theirs = new Map(diffTickets(base, current).map((change) => [change.field, change]));
  const rows: ConflictRow[] = [];
  const reapply: Record<string, unknown> = {};
  const dropped: Conflict['dropped'] = [];
  const statusAllowed =
    mine.status === undefined || mine.status === current.status || allowedTargets(workflow, current.status, role).includes(mine.status);

  for (const field of FIELDS) {
    const changedByOthers = theirs.has(field);
    const changedByMe = mine[field] !== undefined && !same(field, mine[field], valueOf(base, field));
    if (!changedByOthers && !changedByMe) continue;
    const current_ = valueOf(current, field);
    const mineValue = changedByMe ? normal(field, mine[field]) : undefined;
    const clash = changedByOthers && changedByMe && !same(field, mineValue, current_);
    rows.push({ field, base: valueOf(base, field), current: current_, mine: mineValue, changedByOthers, changedByMe, clash });
    if (!changedByMe) continue;
    if (same(field, mineValue, current_)) {
      dropped.push({ field, reason: 'already' });
    } else if (!statusAllowed && (field === 'status' || field === 'pendingReason' || field === 'resolution')) {
      dropped.push({ field, reason: 'transition' });
    } else {
      reapply[field] = mine[field];
    }
  }
  // a resolution or reason goes with its status move; without the move the server refuses it
  if (reapply.status === undefined && mine.status !== undefined) {
    for (const field of ['resolution', 'pendingReason'] as const) {
      if (field in reapply) {
        delete reapply[field];
        dropped.push({ field, reason: statusAllowed ? 'already' : 'transition' });
      }
    }
  }
  return { fromVersion: base.version, toVersion: current.version, rows, reapply: reapply as TicketChanges, dropped };
}
