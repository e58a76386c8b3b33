import i18n from './i18n';
import { storedUser } from './storedUser';
import { problemOf } from './problems';

export { ApiProblem } from './problems';

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const user = storedUser();
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'zh-TW');
  if (user) headers.set('Authorization', `Bearer ${user.access_token}`);
  if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface Ticket {
  id: number;
  subject: string;
  description: string;
  status: string;
  priority: string;
  requester: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TicketPage {
  items: Ticket[];
  nextCursor?: string | null;
}

export interface ArticleHit {
  id: number;
  title: string;
  summary?: string;
  locale: string;
  category?: string;
  tags: string[];
  highlights: Record<string, string>;
}

export interface ArticleSearchPage {
  hits: ArticleHit[];
  total: number;
  nextCursor?: string | null;
}

export interface Article {
  id: number;
  locale: string;
  title: string;
  summary?: string;
  bodyHtml: string;
  tags: string[];
  publishedAt?: string;
  updatedAt: string;
  fallback: boolean;
  viewCount: number;
  solvedTickets: number;
}

export const ticketApi = {
  page: (cursor?: string) =>
    api<TicketPage>(`/api/ticket/tickets?queue=requested&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  get: (id: string) => api<Ticket>(`/api/ticket/tickets/${encodeURIComponent(id)}`),
  open: (ticket: { subject: string; description: string }, idempotencyKey: string) =>
    api<Ticket>('/api/ticket/tickets', {
      method: 'POST',
      body: JSON.stringify(ticket),
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};

export const knowledgeApi = {
  suggestions: (text: string) =>
    api<ArticleHit[]>(`/api/knowledge/suggestions?limit=5&text=${encodeURIComponent(text)}`),
  search: (q: string, cursor?: string) =>
    api<ArticleSearchPage>(
      `/api/knowledge/search?limit=10&q=${encodeURIComponent(q)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    ),
  article: (id: string, locale: string) =>
    api<Article>(`/api/knowledge/articles/${encodeURIComponent(id)}?locale=${locale}`),
};
