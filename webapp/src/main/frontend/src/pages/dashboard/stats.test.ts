import { describe, expect, it } from 'vitest';
import { facetSeries, localDay, perDay, topCategories } from './stats';

describe('dashboard figures', () => {
  it('a facet becomes a full series in the given order, missing values 0', () => {
    expect(facetSeries([{ value: 'open', count: 4 }, { value: 'NEW', count: 2 }], ['NEW', 'OPEN', 'PENDING'])).toEqual([2, 4, 0]);
    expect(facetSeries(undefined, ['P1', 'P2'])).toEqual([0, 0]);
  });

  it('counts created and resolved tickets per local day, oldest day first, today included', () => {
    const today = new Date(2026, 10, 30, 15, 0);
    const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).toISOString();
    const days = perDay(
      [
        { createdAt: at(30), resolvedAt: at(30, 12) },
        { createdAt: at(29) },
        { createdAt: at(29), resolvedAt: at(30) },
        { createdAt: at(10), resolvedAt: at(28) }, // created before the window, resolved inside it
        { createdAt: at(1) },
      ],
      3,
      today,
    );
    expect(days).toEqual([
      { day: '2026-11-28', created: 0, resolved: 1 },
      { day: '2026-11-29', created: 2, resolved: 0 },
      { day: '2026-11-30', created: 1, resolved: 2 },
    ]);
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('the top categories, most tickets first, ties by id, without uncategorized tickets', () => {
    const tickets = [3, 1, 3, null, 2, 1, 3, undefined].map((categoryId) => ({ createdAt: '2026-11-30T00:00:00Z', categoryId }));
    expect(topCategories(tickets, 2)).toEqual([
      { categoryId: 3, count: 3 },
      { categoryId: 1, count: 2 },
    ]);
    expect(topCategories([], 5)).toEqual([]);
  });
});
