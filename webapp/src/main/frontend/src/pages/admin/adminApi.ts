import { api } from '../../api';

/** The administration APIs of both modules (README: groups, categories, dead letters, reindex, gaps). */

export interface Member {
  userId: string;
  name: string;
}
export interface Group {
  id: number;
  name: string;
  description?: string;
  members: Member[];
  version: number;
}
export interface TicketCategory {
  id: number;
  parentId?: number | null;
  nameZhTw: string;
  nameEn: string;
  active: boolean;
  version: number;
}
export interface KnowledgeCategory {
  id: number;
  parentId?: number | null;
  nameZhTw: string;
  nameEn: string;
  position: number;
  version: number;
}
export type Module = 'ticket' | 'knowledge';
export interface DeadLetter {
  id: number;
  consumer: string;
  topic: string;
  eventId: string;
  eventType: string;
  aggregateId?: string;
  message?: string;
  error?: string;
  attempts: number;
  failedAt: string;
  replayedAt?: string | null;
}
export interface ReplayReport {
  matched: number;
  replayed: number;
  failed: { id: number; problem: string; error: string }[];
}
export type ReindexState = 'IDLE' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'INTERRUPTED';
export interface ReindexStatus {
  state: ReindexState;
  index: string;
  targetGeneration?: string | null;
  done: number;
  total: number;
  docsPerSecond: number;
  etaSeconds?: number | null;
  resumed: boolean;
  caughtUp: number;
  startedAt?: string | null;
  finishedAt?: string | null;
  error?: string | null;
}
export interface Gap {
  query: string;
  example: string;
  asked: number;
  askedBy: number;
  openedTicketAfter: number;
  firstAsked: string;
  lastAsked: string;
  answered: boolean;
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers,
});

export const adminApi = {
  groups: () => api<Group[]>('/api/ticket/groups'),
  createGroup: (group: { name: string; description?: string; members: Member[] }) => api<Group>('/api/ticket/groups', json('POST', group)),
  changeGroup: (group: Group, changes: Partial<Pick<Group, 'name' | 'description' | 'members'>>) =>
    api<Group>(`/api/ticket/groups/${group.id}`, json('PATCH', changes, { ...ifMatch(group.version), 'Content-Type': 'application/merge-patch+json' })),

  ticketCategories: () => api<TicketCategory[]>('/api/ticket/categories?retired=true'),
  createTicketCategory: (category: { parentId?: number; nameZhTw: string; nameEn: string }) =>
    api<TicketCategory>('/api/ticket/categories', json('POST', category)),
  changeTicketCategory: (category: TicketCategory, changes: Partial<Pick<TicketCategory, 'nameZhTw' | 'nameEn' | 'active'>>) =>
    api<TicketCategory>(`/api/ticket/categories/${category.id}`, json('PATCH', changes, { ...ifMatch(category.version), 'Content-Type': 'application/merge-patch+json' })),

  knowledgeCategories: () => api<KnowledgeCategory[]>('/api/knowledge/categories'),
  createKnowledgeCategory: (category: { parentId?: number; nameZhTw: string; nameEn: string }) =>
    api<KnowledgeCategory>('/api/knowledge/categories', json('POST', category)),
  changeKnowledgeCategory: (category: KnowledgeCategory, changes: Partial<Pick<KnowledgeCategory, 'nameZhTw' | 'nameEn'>>) =>
    api<KnowledgeCategory>(`/api/knowledge/categories/${category.id}`, json('PATCH', changes, { ...ifMatch(category.version), 'Content-Type': 'application/merge-patch+json' })),
  removeKnowledgeCategory: (category: KnowledgeCategory) =>
    api<void>(`/api/knowledge/categories/${category.id}`, { method: 'DELETE', headers: ifMatch(category.version) }),

  deadLetters: (module: Module, includeReplayed: boolean) =>
    api<DeadLetter[]>(`/api/${module}/dead-letters?limit=200&includeReplayed=${includeReplayed}`),
  replay: (module: Module, id: number) => api<DeadLetter>(`/api/${module}/dead-letters/${id}/replay`, { method: 'POST' }),
  replayAll: (module: Module) => api<ReplayReport>(`/api/${module}/dead-letters/replay`, { method: 'POST' }),

  startReindex: () => api<ReindexStatus>('/api/ticket/search/reindex', { method: 'POST' }),
  reindexStatus: () => api<ReindexStatus>('/api/ticket/search/reindex'),

  gaps: (all: boolean) => api<Gap[]>(`/api/knowledge/gaps?limit=100&all=${all}`),
};
