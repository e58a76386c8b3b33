import type { Priority, TicketStatus, TicketView } from '../../tickets/ticketsApi';

/** A queue's filters and order, kept in the address so a view can be bookmarked and shared. */
export interface QueueView {
  text: string;
  statuses: TicketStatus[];
  priorities: Priority[];
  tags: string[];
  sort: QueueSort;
}
export type QueueSort = 'newest' | 'oldest' | 'updated' | 'priority';
export const SORTS: QueueSort[] = ['newest', 'oldest', 'updated', 'priority'];

/**
 * The tickets of a queue page that pass the filters, in the chosen order. The list API pages a
 * queue newest first and filters by queue only, so status, priority, tag, text and order apply to
 * the tickets loaded so far ("load more" fetches further pages).
 */
export function applyView(tickets: TicketView[], view: QueueView): TicketView[] {
  const text = view.text.trim().toLowerCase();
  const shown = tickets.filter(
    (ticket) =>
      (view.statuses.length === 0 || view.statuses.includes(ticket.status)) &&
      (view.priorities.length === 0 || view.priorities.includes(ticket.priority)) &&
      (view.tags.length === 0 || view.tags.some((tag) => (ticket.tags ?? []).includes(tag))) &&
      (!text ||
        [ticket.subject, ticket.number ?? '', String(ticket.id), ticket.requester.name, ticket.assignee?.name ?? ''].some((field) =>
          field.toLowerCase().includes(text),
        )),
  );
  const time = (at: string) => Date.parse(at);
  const order: Record<QueueSort, (a: TicketView, b: TicketView) => number> = {
    newest: (a, b) => time(b.createdAt) - time(a.createdAt) || b.id - a.id,
    oldest: (a, b) => time(a.createdAt) - time(b.createdAt) || a.id - b.id,
    updated: (a, b) => time(b.updatedAt) - time(a.updatedAt) || b.id - a.id,
    priority: (a, b) => a.priority.localeCompare(b.priority) || time(a.createdAt) - time(b.createdAt),
  };
  return [...shown].sort(order[view.sort]);
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function viewFrom(params: URLSearchParams): QueueView {
  const sort = params.get('sort') as QueueSort | null;
  return {
    text: params.get('q') ?? '',
    statuses: list(params.get('status')) as TicketStatus[],
    priorities: list(params.get('priority')) as Priority[],
    tags: list(params.get('tag')),
    sort: sort && SORTS.includes(sort) ? sort : 'newest',
  };
}

/** A named queue view the agent saved: the queue with its filters and order, as an address query. */
export interface SavedView {
  name: string;
  query: string;
}

const VIEWS_KEY = 'tk.agent.views';

/** The agent's saved views, kept in this browser (localStorage). */
export function savedViews(storage: Storage = localStorage): SavedView[] {
  try {
    const views = JSON.parse(storage.getItem(VIEWS_KEY) ?? '[]') as unknown;
    return Array.isArray(views) ? views.filter((v): v is SavedView => typeof v?.name === 'string' && typeof v?.query === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a view; at most 20 are kept, the newest first. */
export function saveView(name: string, query: string, storage: Storage = localStorage): SavedView[] {
  const trimmed = name.trim().slice(0, 60);
  if (!trimmed) return savedViews(storage);
  const views = [{ name: trimmed, query }, ...savedViews(storage).filter((v) => v.name !== trimmed)].slice(0, 20);
  storage.setItem(VIEWS_KEY, JSON.stringify(views));
  return views;
}

export function deleteView(name: string, storage: Storage = localStorage): SavedView[] {
  const views = savedViews(storage).filter((v) => v.name !== name);
  storage.setItem(VIEWS_KEY, JSON.stringify(views));
  return views;
}
