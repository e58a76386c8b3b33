/**
 * The dashboard's numbers, computed in the browser from the APIs that exist (there is no reports
 * API, and the portal adds no backend endpoint): the search API's facets give the counts by status
 * and priority over every ticket the caller may see; the per-day and category figures come from the
 * newest tickets of the list API (a bounded sample, see SAMPLE_LIMIT).
 */

export interface FacetCount {
  value: string;
  count: number;
}

export interface TicketSample {
  createdAt: string;
  resolvedAt?: string | null;
  categoryId?: number | null;
}

export interface DayCount {
  day: string;
  created: number;
  resolved: number;
}

/** How many of the newest tickets the per-day and category figures are computed from. */
export const SAMPLE_LIMIT = 500;

/** A facet as a complete series in the given order, 0 for the values the facet did not return. */
export function facetSeries(facet: FacetCount[] | undefined, order: readonly string[]): number[] {
  const counts = new Map((facet ?? []).map((entry) => [entry.value.toUpperCase(), entry.count]));
  return order.map((value) => counts.get(value) ?? 0);
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Tickets created and resolved on each of the last `days` days (today included), oldest first. */
export function perDay(tickets: TicketSample[], days: number, today: Date = new Date()): DayCount[] {
  const result: DayCount[] = [];
  const index = new Map<string, DayCount>();
  for (let i = days - 1; i >= 0; i--) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
    const entry = { day: localDay(date), created: 0, resolved: 0 };
    result.push(entry);
    index.set(entry.day, entry);
  }
  for (const ticket of tickets) {
    const created = index.get(localDay(ticket.createdAt));
    if (created) created.created++;
    if (ticket.resolvedAt) {
      const resolved = index.get(localDay(ticket.resolvedAt));
      if (resolved) resolved.resolved++;
    }
  }
  return result;
}

/** The categories with the most tickets, most first; tickets without a category are left out. */
export function topCategories(tickets: TicketSample[], limit: number): { categoryId: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const ticket of tickets) {
    if (ticket.categoryId == null) continue;
    counts.set(ticket.categoryId, (counts.get(ticket.categoryId) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([categoryId, count]) => ({ categoryId, count }))
    .sort((a, b) => b.count - a.count || a.categoryId - b.categoryId)
    .slice(0, limit);
}
