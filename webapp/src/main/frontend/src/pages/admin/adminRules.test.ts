import { describe, expect, it } from 'vitest';
import { formatMembers, parseMembers, reindexPercent } from './adminRules';

describe('the reindex progress bar', () => {
  it('is done of total, whole percent, never over 100', () => {
    expect(reindexPercent({ state: 'RUNNING', done: 250, total: 1000 })).toBe(25);
    expect(reindexPercent({ state: 'RUNNING', done: 999, total: 1000 })).toBe(99);
    expect(reindexPercent({ state: 'RUNNING', done: 1200, total: 1000 })).toBe(100);
  });
  it('is 0 before the total is known and 100 once completed (even an empty index)', () => {
    expect(reindexPercent({ state: 'RUNNING', done: 0, total: 0 })).toBe(0);
    expect(reindexPercent({ state: 'COMPLETED', done: 0, total: 0 })).toBe(100);
  });
});

describe('group members typed one per line', () => {
  it('reads the id and the display name, skipping blank and repeated lines', () => {
    expect(parseMembers('agent1 陳志豪\n\n  admin1   張 建國 \nagent1 again\nsolo')).toEqual([
      { userId: 'agent1', name: '陳志豪' },
      { userId: 'admin1', name: '張 建國' },
      { userId: 'solo', name: 'solo' },
    ]);
  });
  it('writes them back the same way', () => {
    const members = [{ userId: 'agent1', name: '陳志豪' }, { userId: 'solo', name: 'solo' }];
    expect(parseMembers(formatMembers(members))).toEqual(members);
  });
});
