import { LEVELS, STATUSES, type Level, type Priority, type TicketStatus, type Transition } from './ticketsApi';

/** Who makes a move, as the workflow table names them (GET /tickets/workflow). */
export type WorkflowRole = 'AGENT' | 'REQUESTER';

/**
 * The statuses a ticket in `from` may be moved to by `role`, in workflow order: exactly the moves
 * the server's table lists, so the UI never offers a move the API would refuse with 409.
 */
export function allowedTargets(table: readonly Transition[], from: TicketStatus, role: WorkflowRole): TicketStatus[] {
  return STATUSES.filter((to) => table.some((move) => move.from === from && move.to === to && move.by.includes(role)));
}

/** What a move needs besides the status: a resolution note to resolve, a reason to wait. */
export function inputFor(to: TicketStatus): 'resolution' | 'pendingReason' | null {
  if (to === 'RESOLVED') return 'resolution';
  if (to === 'PENDING') return 'pendingReason';
  return null;
}

/** Whether the move reopens a finished ticket (offered to requesters as "reopen"). */
export function reopens(from: TicketStatus, to: TicketStatus): boolean {
  return (from === 'RESOLVED' || from === 'CLOSED') && to === 'OPEN';
}

const MATRIX: Record<Level, Record<Level, Priority>> = {
  HIGH: { HIGH: 'P1', MEDIUM: 'P2', LOW: 'P3' },
  MEDIUM: { HIGH: 'P2', MEDIUM: 'P3', LOW: 'P4' },
  LOW: { HIGH: 'P3', MEDIUM: 'P4', LOW: 'P4' },
};

/** Impact × urgency → priority, the server's PriorityMatrix (shown beside an agent's override). */
export function matrixPriority(impact?: Level | null, urgency?: Level | null): Priority | null {
  if (!impact || !urgency || !LEVELS.includes(impact) || !LEVELS.includes(urgency)) return null;
  return MATRIX[impact][urgency];
}
