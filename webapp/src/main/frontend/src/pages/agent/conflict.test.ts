import { describe, expect, it } from 'vitest';
import { changesFrom, conflictOf, diffTickets } from './conflict';
import type { TicketView, Transition } from '../../tickets/ticketsApi';

const WORKFLOW: Transition[] = [
  { from: 'NEW', to: 'OPEN', by: ['AGENT'] },
  { from: 'OPEN', to: 'PENDING', by: ['AGENT'] },
  { from: 'OPEN', to: 'RESOLVED', by: ['AGENT'] },
  { from: 'RESOLVED', to: 'OPEN', by: ['AGENT', 'REQUESTER'] },
  { from: 'RESOLVED', to: 'CLOSED', by: ['AGENT', 'REQUESTER'] },
];

const base: TicketView = {
  id: 7, number: 'TK-2026-000007', subject: '印表機無法列印', description: '三樓', status: 'OPEN', priority: 'P3',
  impact: 'MEDIUM', urgency: 'MEDIUM', requester: { id: 'requester1', name: '王小明' }, groupId: 50,
  assignee: null, tags: ['printer', 'floor-3'], createdAt: '2026-03-02T01:00:00Z', updatedAt: '2026-03-02T01:00:00Z', version: 3,
};
const at = (changes: Partial<TicketView>, version = 4): TicketView => ({ ...base, ...changes, version });

describe('diffTickets', () => {
  it('lists the fields that differ, the assignee by id and tags as a set', () => {
    const current = at({ priority: 'P1', assignee: { id: 'agent1', name: '陳志豪' }, tags: ['floor-3', 'printer'] });
    expect(diffTickets(base, current)).toEqual([
      { field: 'priority', before: 'P3', after: 'P1' },
      { field: 'assigneeId', before: null, after: 'agent1' },
    ]);
    expect(diffTickets(base, at({}))).toEqual([]);
  });
});

describe('changesFrom', () => {
  it('sends only what the agent changed', () => {
    expect(changesFrom(base, { subject: '印表機無法列印', priority: 'P2', tags: ['floor-3', 'printer'], groupId: 50 })).toEqual({ priority: 'P2' });
    expect(changesFrom(base, { tags: ['printer'] })).toEqual({ tags: ['printer'] });
  });
});

describe('conflictOf', () => {
  it('shows the other change beside mine and re-applies mine when they touch different fields', () => {
    const current = at({ assignee: { id: 'agent2', name: '林' }, version: 5 } as Partial<TicketView>, 5);
    const conflict = conflictOf(base, current, { priority: 'P1' }, WORKFLOW);
    expect(conflict.fromVersion).toBe(3);
    expect(conflict.toVersion).toBe(5);
    expect(conflict.rows).toEqual([
      { field: 'priority', base: 'P3', current: 'P3', mine: 'P1', changedByOthers: false, changedByMe: true, clash: false },
      { field: 'assigneeId', base: null, current: 'agent2', mine: undefined, changedByOthers: true, changedByMe: false, clash: false },
    ]);
    expect(conflict.reapply).toEqual({ priority: 'P1' });
    expect(conflict.dropped).toEqual([]);
  });

  it('marks a clash when both changed the same field differently; re-applying is the agent\'s explicit choice', () => {
    const current = at({ priority: 'P2' });
    const conflict = conflictOf(base, current, { priority: 'P1' }, WORKFLOW);
    expect(conflict.rows[0]).toMatchObject({ field: 'priority', base: 'P3', current: 'P2', mine: 'P1', clash: true });
    expect(conflict.reapply).toEqual({ priority: 'P1' });
  });

  it('does not send again what someone else already did', () => {
    const current = at({ priority: 'P1', tags: ['printer', 'floor-3', 'vip'] });
    const conflict = conflictOf(base, current, { priority: 'P1', tags: ['vip', 'printer', 'floor-3'] }, WORKFLOW);
    expect(conflict.rows.every((row) => !row.clash)).toBe(true);
    expect(conflict.reapply).toEqual({});
    expect(conflict.dropped).toEqual([
      { field: 'priority', reason: 'already' },
      { field: 'tags', reason: 'already' },
    ]);
  });

  it('drops a status move the workflow no longer allows from the current status, with its resolution', () => {
    // I put an OPEN ticket on hold; meanwhile someone resolved and closed it
    const current = at({ status: 'CLOSED', resolution: '已更換碳粉匣' });
    const conflict = conflictOf(base, current, { status: 'PENDING', pendingReason: 'WAITING_ON_REQUESTER', priority: 'P2' }, WORKFLOW);
    expect(conflict.reapply).toEqual({ priority: 'P2' });
    expect(conflict.dropped).toEqual([
      { field: 'status', reason: 'transition' },
      { field: 'pendingReason', reason: 'transition' },
    ]);
    expect(conflict.rows.find((row) => row.field === 'status')).toMatchObject({ current: 'CLOSED', mine: 'PENDING', clash: true });
  });

  it('keeps a status move still allowed from where the ticket is now', () => {
    const current = at({ subject: '三樓印表機無法列印' });
    const conflict = conflictOf(base, current, { status: 'RESOLVED', resolution: '已重新安裝驅動程式' }, WORKFLOW);
    expect(conflict.reapply).toEqual({ status: 'RESOLVED', resolution: '已重新安裝驅動程式' });
    expect(conflict.rows.find((row) => row.field === 'subject')).toMatchObject({ changedByOthers: true, changedByMe: false });
  });

  it('does not resend a resolution when the ticket was already resolved by someone else', () => {
    const current = at({ status: 'RESOLVED', resolution: '別人的說明' });
    const conflict = conflictOf(base, current, { status: 'RESOLVED', resolution: '我的說明' }, WORKFLOW);
    expect(conflict.reapply).toEqual({});
    expect(conflict.dropped).toEqual([
      { field: 'status', reason: 'already' },
      { field: 'resolution', reason: 'already' },
    ]);
    expect(conflict.rows.find((row) => row.field === 'resolution')).toMatchObject({ clash: true, current: '別人的說明', mine: '我的說明' });
  });
});
