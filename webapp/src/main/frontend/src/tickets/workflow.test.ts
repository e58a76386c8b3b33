import { describe, expect, it } from 'vitest';
import { allowedTargets, inputFor, matrixPriority, reopens } from './workflow';
import type { Transition } from './ticketsApi';

// the server's table (TicketTransitions.TABLE), as GET /tickets/workflow returns it
const TABLE: Transition[] = [
  { from: 'NEW', to: 'OPEN', by: ['AGENT'] },
  { from: 'NEW', to: 'PENDING', by: ['AGENT'] },
  { from: 'OPEN', to: 'PENDING', by: ['AGENT'] },
  { from: 'PENDING', to: 'OPEN', by: ['AGENT', 'REQUESTER'] },
  { from: 'NEW', to: 'RESOLVED', by: ['AGENT'] },
  { from: 'OPEN', to: 'RESOLVED', by: ['AGENT'] },
  { from: 'PENDING', to: 'RESOLVED', by: ['AGENT'] },
  { from: 'RESOLVED', to: 'CLOSED', by: ['AGENT', 'REQUESTER', 'SYSTEM'] },
  { from: 'RESOLVED', to: 'OPEN', by: ['AGENT', 'REQUESTER'] },
  { from: 'CLOSED', to: 'OPEN', by: ['AGENT'] },
];

describe('allowedTargets', () => {
  it('offers an agent exactly the moves of the table, in workflow order', () => {
    expect(allowedTargets(TABLE, 'NEW', 'AGENT')).toEqual(['OPEN', 'PENDING', 'RESOLVED']);
    expect(allowedTargets(TABLE, 'OPEN', 'AGENT')).toEqual(['PENDING', 'RESOLVED']);
    expect(allowedTargets(TABLE, 'PENDING', 'AGENT')).toEqual(['OPEN', 'RESOLVED']);
    expect(allowedTargets(TABLE, 'RESOLVED', 'AGENT')).toEqual(['OPEN', 'CLOSED']);
    expect(allowedTargets(TABLE, 'CLOSED', 'AGENT')).toEqual(['OPEN']);
  });

  it('offers a requester only reopen or close of a resolved ticket, and an answer to a pending one', () => {
    expect(allowedTargets(TABLE, 'NEW', 'REQUESTER')).toEqual([]);
    expect(allowedTargets(TABLE, 'OPEN', 'REQUESTER')).toEqual([]);
    expect(allowedTargets(TABLE, 'PENDING', 'REQUESTER')).toEqual(['OPEN']);
    expect(allowedTargets(TABLE, 'RESOLVED', 'REQUESTER')).toEqual(['OPEN', 'CLOSED']);
    expect(allowedTargets(TABLE, 'CLOSED', 'REQUESTER')).toEqual([]);
  });

  it('never offers the status the ticket already has, nor a move of the system alone', () => {
    for (const from of ['NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED'] as const) {
      expect(allowedTargets(TABLE, from, 'AGENT')).not.toContain(from);
    }
    expect(allowedTargets([{ from: 'RESOLVED', to: 'CLOSED', by: ['SYSTEM'] }], 'RESOLVED', 'AGENT')).toEqual([]);
    expect(allowedTargets([], 'NEW', 'AGENT')).toEqual([]);
  });
});

describe('inputFor', () => {
  it('asks a resolution note to resolve and a reason to wait, nothing else', () => {
    expect(inputFor('RESOLVED')).toBe('resolution');
    expect(inputFor('PENDING')).toBe('pendingReason');
    expect(inputFor('OPEN')).toBeNull();
    expect(inputFor('CLOSED')).toBeNull();
  });
});

describe('reopens and matrixPriority', () => {
  it('knows a reopen', () => {
    expect(reopens('RESOLVED', 'OPEN')).toBe(true);
    expect(reopens('CLOSED', 'OPEN')).toBe(true);
    expect(reopens('PENDING', 'OPEN')).toBe(false);
  });

  it('follows the server matrix', () => {
    expect(matrixPriority('HIGH', 'HIGH')).toBe('P1');
    expect(matrixPriority('MEDIUM', 'HIGH')).toBe('P2');
    expect(matrixPriority('LOW', 'MEDIUM')).toBe('P4');
    expect(matrixPriority(null, 'HIGH')).toBeNull();
  });
});
