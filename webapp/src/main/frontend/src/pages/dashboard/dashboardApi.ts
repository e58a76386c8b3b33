import { api } from '../../api';
import { SAMPLE_LIMIT, type FacetCount, type TicketSample } from './stats';

export const STATUSES = ['NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED'] as const;
export const OPEN_STATUSES = ['NEW', 'OPEN', 'PENDING'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

interface SearchFacets {
  total: number;
  facets: Record<string, FacetCount[]>;
}

export interface TicketCategory {
  id: number;
  nameZhTw: string;
  nameEn: string;
}

export const dashboardApi = {
  /** counts over every visible ticket: one search page of one hit, for its facets */
  allFacets: () => api<SearchFacets>('/api/ticket/tickets/search?limit=1'),
  openFacets: () => api<SearchFacets>(`/api/ticket/tickets/search?limit=1&status=${OPEN_STATUSES.join(',')}`),
  /** the newest tickets, up to SAMPLE_LIMIT, from the list API's pages */
  sample: async (): Promise<{ tickets: TicketSample[]; complete: boolean }> => {
    const tickets: TicketSample[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await api<{ items: TicketSample[]; nextCursor?: string | null }>(
        `/api/ticket/tickets?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      tickets.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && tickets.length < SAMPLE_LIMIT);
    return { tickets, complete: !cursor };
  },
  categories: () => api<TicketCategory[]>('/api/ticket/categories?retired=true'),
};
