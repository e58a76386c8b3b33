import { describe, expect, it } from 'vitest';
import { applyView, deleteView, saveView, savedViews, viewFrom } from './queueView';
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

describe('saved views', () => {
  function memory(): Storage {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k), clear: () => data.clear(), key: () => null, get length() { return data.size; },
    };
  }

  it('keeps named views newest first, replaces one by name, deletes one', () => {
    const storage = memory();
    saveView('P1 in my groups', 'queue=my-groups&priority=P1', storage);
    saveView('VPN', 'queue=unassigned&tag=vpn', storage);
    expect(savedViews(storage).map((v) => v.name)).toEqual(['VPN', 'P1 in my groups']);
    saveView('P1 in my groups', 'queue=my-groups&priority=P1,P2', storage);
    expect(savedViews(storage)[0]).toEqual({ name: 'P1 in my groups', query: 'queue=my-groups&priority=P1,P2' });
    expect(deleteView('VPN', storage).map((v) => v.name)).toEqual(['P1 in my groups']);
  });

  it('ignores a blank name and a broken entry', () => {
    const storage = memory();
    expect(saveView('  ', 'queue=mine', storage)).toEqual([]);
    storage.setItem('tk.agent.views', '{oops');
    expect(savedViews(storage)).toEqual([]);
    storage.setItem('tk.agent.views', JSON.stringify([{ name: 1 }, { name: 'ok', query: 'queue=mine' }]));
    expect(savedViews(storage)).toEqual([{ name: 'ok', query: 'queue=mine' }]);
  });
});
