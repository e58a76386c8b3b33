import { api } from '../../api';

/** The knowledge API as editors, reviewers and readers of the browse page use it (docs/knowledge.md). */

export type ArticleStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type Locale = 'zh-TW' | 'en';
export type ReviewStepName = 'submit' | 'approve' | 'send-back' | 'withdraw' | 'archive' | 'restore';

export interface KnowledgeCategory {
  id: number;
  parentId?: number | null;
  nameZhTw: string;
  nameEn: string;
  position: number;
  version: number;
}

export interface ArticleListItem {
  id: number;
  locale: Locale;
  title: string;
  summary?: string;
  categoryId?: number | null;
  tags: string[];
  status: ArticleStatus;
  audience: string;
  ownerName: string;
  publishedAt?: string | null;
  updatedAt: string;
  fallback: boolean;
}

export interface EditableArticle {
  id: number;
  locale: Locale;
  title: string;
  summary?: string;
  body: string;
  bodyHtml: string;
  categoryId?: number | null;
  tags: string[];
  audience: string;
  owner: { id: string; name: string };
  status: ArticleStatus;
  revision: number;
  publishedRevision?: number | null;
  pendingChange?: boolean | null;
  updatedAt: string;
  version: number;
  outdated: boolean;
  translations: { id: number; locale: Locale; outdated: boolean }[];
}

export interface Revision {
  number: number;
  title: string;
  summary?: string;
  body?: string | null;
  authorId: string;
  authorName: string;
  message?: string | null;
  createdAt: string;
  published: boolean;
}

export interface Review {
  revision: number;
  action: string;
  actorName: string;
  comment?: string | null;
  at: string;
}

export type DiffOp = 'EQUAL' | 'DELETE' | 'INSERT';
export interface DiffSegment {
  op: DiffOp;
  text: string;
}
export interface RevisionDiff {
  from: number;
  to: number;
  granularity: 'word' | 'line';
  title: DiffSegment[];
  summary: DiffSegment[];
  body: DiffSegment[];
}

export interface Attachment {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchHit {
  id: number;
  title: string;
  summary?: string;
  locale: string;
  category?: string;
  tags: string[];
  highlights: Record<string, string>;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  facets?: Record<string, FacetCount[]>;
  nextCursor?: string | null;
}

export interface ArticleDraft {
  title: string;
  summary?: string;
  body: string;
  locale?: Locale;
  categoryId?: number | null;
  tags?: string[];
  message?: string;
}

export interface SearchFilters {
  q: string;
  locale?: string;
  categoryId?: number;
  tag?: string;
}

const K = '/api/knowledge';
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export const editorApi = {
  categories: () => api<KnowledgeCategory[]>(`${K}/categories`),
  list: (params: { status?: ArticleStatus; mine?: boolean; categoryId?: number; locale?: string; cursor?: string }) =>
    api<{ items: ArticleListItem[]; nextCursor?: string | null }>(`${K}/articles${query({ limit: 50, ...params })}`),
  search: (filters: SearchFilters, cursor?: string) =>
    api<SearchPage>(`${K}/search${query({ limit: 10, ...filters, cursor })}`),
  get: (id: number | string) => api<EditableArticle>(`${K}/articles/${encodeURIComponent(String(id))}`),
  create: (draft: ArticleDraft, idempotencyKey: string) =>
    api<EditableArticle>(`${K}/articles`, {
      method: 'POST',
      body: JSON.stringify(draft),
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  edit: (id: number, version: number, changes: Partial<ArticleDraft>) =>
    api<EditableArticle>(`${K}/articles/${id}`, {
      method: 'PATCH',
      body: JSON.stringify(changes),
      headers: { ...ifMatch(version), 'Content-Type': 'application/merge-patch+json' },
    }),
  step: (id: number, version: number, step: ReviewStepName, comment?: string) =>
    api<EditableArticle>(`${K}/articles/${id}/${step}`, {
      method: 'POST',
      body: JSON.stringify(comment ? { comment } : {}),
      headers: ifMatch(version),
    }),
  revisions: (id: number) => api<Revision[]>(`${K}/articles/${id}/revisions`),
  reviews: (id: number) => api<Review[]>(`${K}/articles/${id}/reviews`),
  diff: (id: number, from: number, to: number, granularity: 'word' | 'line' = 'word') =>
    api<RevisionDiff>(`${K}/articles/${id}/diff${query({ from, to, granularity })}`),
  restore: (id: number, version: number, number: number) =>
    api<EditableArticle>(`${K}/articles/${id}/revisions/${number}/restore`, {
      method: 'POST',
      body: '{}',
      headers: ifMatch(version),
    }),
  translate: (id: number, translation: ArticleDraft & { locale: Locale }) =>
    api<EditableArticle>(`${K}/articles/${id}/translations`, { method: 'POST', body: JSON.stringify(translation) }),
  upload: (id: number, file: File) =>
    api<Attachment>(`${K}/articles/${id}/attachments${query({ name: file.name })}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    }),
  attachments: (id: number) => api<Attachment[]>(`${K}/articles/${id}/attachments`),
  feedback: (id: number | string, helpful: boolean, comment?: string) =>
    api<unknown>(`${K}/articles/${encodeURIComponent(String(id))}/feedback`, {
      method: 'POST',
      body: JSON.stringify({ helpful, comment: comment || undefined }),
    }),
};

/** A category's name in the UI language. */
export function categoryName(category: Pick<KnowledgeCategory, 'nameZhTw' | 'nameEn'>, language: string): string {
  return language === 'en' ? category.nameEn : category.nameZhTw;
}
