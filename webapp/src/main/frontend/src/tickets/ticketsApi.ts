import { api } from '../api';

/** The Ticket API as the agent and requester pages use it (README, GET /openapi of ticket-war). */
export type TicketStatus = 'NEW' | 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED';
export type Level = 'HIGH' | 'MEDIUM' | 'LOW';
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type PendingReason = 'WAITING_ON_REQUESTER' | 'WAITING_ON_THIRD_PARTY';
export type TicketType = 'INCIDENT' | 'SERVICE_REQUEST' | 'QUESTION' | 'PROBLEM';
export type Queue = 'mine' | 'my-groups' | 'unassigned';

export const STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];
export const LEVELS: Level[] = ['HIGH', 'MEDIUM', 'LOW'];
export const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
export const PENDING_REASONS: PendingReason[] = ['WAITING_ON_REQUESTER', 'WAITING_ON_THIRD_PARTY'];
export const TICKET_TYPES: TicketType[] = ['INCIDENT', 'SERVICE_REQUEST', 'QUESTION', 'PROBLEM'];

export interface Person {
  id: string;
  name: string;
}

export interface TicketView {
  id: number;
  number?: string;
  subject: string;
  description: string;
  descriptionHtml?: string;
  type?: TicketType | null;
  categoryId?: number | null;
  status: TicketStatus;
  pendingReason?: PendingReason | null;
  resolution?: string | null;
  resolutionHtml?: string | null;
  impact?: Level | null;
  urgency?: Level | null;
  priority: Priority;
  priorityOverridden?: boolean;
  requester: Person;
  department?: string | null;
  groupId?: number | null;
  assignee?: Person | null;
  tags?: string[];
  createdAt: string;
  updatedAt: string;
  resolvedAt?: string | null;
  closedAt?: string | null;
  version: number;
}

/** A JSON merge patch of a ticket (TicketChanges): absent fields stay as they are. */
export interface TicketChanges {
  subject?: string;
  description?: string;
  type?: TicketType;
  categoryId?: number;
  impact?: Level;
  urgency?: Level;
  priority?: Priority;
  department?: string;
  groupId?: number;
  assigneeId?: string;
  status?: TicketStatus;
  pendingReason?: PendingReason;
  resolution?: string;
  tags?: string[];
}

export interface Comment {
  id: number;
  ticketId: number;
  author: Person;
  body: string;
  bodyHtml: string;
  internal: boolean;
  mentions: string[];
  createdAt: string;
  editedAt?: string | null;
  version: number;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: Person;
  change: string;
  before?: string | null;
  after?: string | null;
  internal: boolean;
}

export interface Transition {
  from: TicketStatus;
  to: TicketStatus;
  by: string[];
}

export interface Group {
  id: number;
  name: string;
  description?: string;
  members: { userId: string; name: string }[];
  version: number;
}

export interface TicketListPage {
  items: TicketView[];
  nextCursor?: string | null;
}

const path = (id: number | string) => `/api/ticket/tickets/${encodeURIComponent(String(id))}`;
/** The ticket's ETag is its version (Versions.etag on the server). */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export const ticketsApi = {
  queue: (queue: Queue, cursor?: string) =>
    api<TicketListPage>(`/api/ticket/tickets?queue=${queue}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  get: (id: number | string) => api<TicketView>(path(id)),
  change: (id: number, version: number, changes: TicketChanges) =>
    api<TicketView>(path(id), {
      method: 'PATCH',
      body: JSON.stringify(changes),
      headers: { ...ifMatch(version), 'Content-Type': 'application/merge-patch+json' },
    }),
  take: (id: number, version: number) => api<TicketView>(`${path(id)}/take`, { method: 'POST', headers: ifMatch(version) }),
  release: (id: number, version: number) => api<TicketView>(`${path(id)}/release`, { method: 'POST', headers: ifMatch(version) }),
  comments: (id: number | string) => api<Comment[]>(`${path(id)}/comments`),
  comment: (id: number, body: string, internal: boolean, mentions: string[] = []) =>
    api<Comment>(`${path(id)}/comments`, { method: 'POST', body: JSON.stringify(internal ? { body, internal, mentions } : { body, mentions }) }),
  history: (id: number | string) => api<HistoryEntry[]>(`${path(id)}/history`),
  workflow: () => api<Transition[]>('/api/ticket/tickets/workflow'),
  groups: () => api<Group[]>('/api/ticket/groups'),
  tags: (prefix: string) => api<{ tag: string; tickets: number }[]>(`/api/ticket/tags?limit=10&prefix=${encodeURIComponent(prefix)}`),
};
