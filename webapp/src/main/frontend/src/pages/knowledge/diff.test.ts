import { describe, expect, it } from 'vitest';
import { sideBySide, unchanged } from './diff';

describe('sideBySide', () => {
  it('puts deletions on the old side and insertions on the new side, unchanged text on both', () => {
    const sides = sideBySide([
      { op: 'EQUAL', text: 'Restart the ' },
      { op: 'DELETE', text: 'printer' },
      { op: 'INSERT', text: 'VPN client' },
      { op: 'EQUAL', text: ' first.' },
    ]);
    expect(sides.before).toEqual([
      { text: 'Restart the ', changed: false },
      { text: 'printer', changed: true },
      { text: ' first.', changed: false },
    ]);
    expect(sides.after).toEqual([
      { text: 'Restart the ', changed: false },
      { text: 'VPN client', changed: true },
      { text: ' first.', changed: false },
    ]);
    expect(sides.deleted).toBe(7);
    expect(sides.inserted).toBe(10);
  });

  it('rebuilds the two full texts exactly (CJK single characters too)', () => {
    const segments = [
      { op: 'EQUAL' as const, text: '請先' },
      { op: 'INSERT' as const, text: '重新' },
      { op: 'EQUAL' as const, text: '啟動' },
      { op: 'DELETE' as const, text: '印表機' },
      { op: 'INSERT' as const, text: '電腦' },
    ];
    const sides = sideBySide(segments);
    expect(sides.before.map((p) => p.text).join('')).toBe('請先啟動印表機');
    expect(sides.after.map((p) => p.text).join('')).toBe('請先重新啟動電腦');
  });

  it('merges neighbours of the same kind and skips empty segments', () => {
    const sides = sideBySide([
      { op: 'EQUAL', text: 'a' },
      { op: 'INSERT', text: '' },
      { op: 'EQUAL', text: 'b' },
      { op: 'INSERT', text: 'c' },
      { op: 'INSERT', text: 'd' },
    ]);
    expect(sides.before).toEqual([{ text: 'ab', changed: false }]);
    expect(sides.after).toEqual([
      { text: 'ab', changed: false },
      { text: 'cd', changed: true },
    ]);
  });

  it('a new field is all insertion; a removed field all deletion', () => {
    expect(sideBySide([{ op: 'INSERT', text: 'new' }])).toMatchObject({ before: [], after: [{ text: 'new', changed: true }] });
    expect(sideBySide([{ op: 'DELETE', text: 'old' }])).toMatchObject({ before: [{ text: 'old', changed: true }], after: [] });
  });

  it('knows when nothing changed', () => {
    expect(unchanged([{ op: 'EQUAL', text: 'same' }])).toBe(true);
    expect(unchanged([])).toBe(true);
    expect(unchanged([{ op: 'EQUAL', text: 'x' }, { op: 'DELETE', text: 'y' }])).toBe(false);
  });
});
