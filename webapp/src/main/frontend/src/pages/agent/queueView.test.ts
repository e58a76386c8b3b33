import { describe, expect, it } from 'vitest';
import { applyView, viewFrom } from './queueView';
import type { TicketView } from '../../tickets/ticketsApi';

const ticket = (id: number, changes: Partial<TicketView>): TicketView => ({
  id, subject: `t${id}`, description: '', status: 'OPEN', priority: 'P3', requester: { id: 'r', name: '王小明' },
  tags: [], createdAt: `2026-03-0${id}T00:00:00Z`, updatedAt: `2026-03-0${id}T00:00:00Z`, version: 1, ...changes,
});
const tickets = [
  ticket(1, { priority: 'P1', tags: ['vpn'] }),
  ticket(2, { status: 'PENDING', updatedAt: '2026-03-09T00:00:00Z' }),
  ticket(3, { subject: '印表機卡紙', priority: 'P2' }),
];

describe('applyView', () => {
  it('filters by status, priority, tag and text', () => {
    const view = viewFrom(new URLSearchParams(''));
    expect(applyView(tickets, { ...view, statuses: ['PENDING'] }).map((t) => t.id)).toEqual([2]);
    expect(applyView(tickets, { ...view, priorities: ['P1', 'P2'] }).map((t) => t.id)).toEqual([3, 1]);
    expect(applyView(tickets, { ...view, tags: ['vpn'] }).map((t) => t.id)).toEqual([1]);
    expect(applyView(tickets, { ...view, text: '印表機' }).map((t) => t.id)).toEqual([3]);
  });

  it('orders newest, oldest, last updated or by priority', () => {
    const view = viewFrom(new URLSearchParams(''));
    expect(applyView(tickets, view).map((t) => t.id)).toEqual([3, 2, 1]);
    expect(applyView(tickets, { ...view, sort: 'oldest' }).map((t) => t.id)).toEqual([1, 2, 3]);
    expect(applyView(tickets, { ...view, sort: 'updated' }).map((t) => t.id)).toEqual([2, 3, 1]);
    expect(applyView(tickets, { ...view, sort: 'priority' }).map((t) => t.id)).toEqual([1, 3, 2]);
  });

  it('reads a view from the address, ignoring an unknown order', () => {
    expect(viewFrom(new URLSearchParams('status=NEW,OPEN&priority=P1&tag=vpn&q=x&sort=bogus'))).toEqual({
      text: 'x', statuses: ['NEW', 'OPEN'], priorities: ['P1'], tags: ['vpn'], sort: 'newest',
    });
  });
});
