// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import { ConflictDialog } from './ConflictDialog';
import { conflictOf } from './conflict';
import type { TicketView } from '../../tickets/ticketsApi';

window.matchMedia ??= ((query: string) => ({
  matches: false, media: query, onchange: null,
  addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
configure({ asyncUtilTimeout: 8000 });

const base: TicketView = {
  id: 7, subject: '印表機', description: '', status: 'OPEN', priority: 'P3', requester: { id: 'r', name: '王小明' },
  tags: [], createdAt: '2026-03-02T01:00:00Z', updatedAt: '2026-03-02T01:00:00Z', version: 3,
};

afterEach(cleanup);

describe('ConflictDialog', { timeout: 30_000 }, () => {
  it('shows the other change beside mine, marks a clash, and re-applies only when asked', async () => {
    const conflict = conflictOf(base, { ...base, priority: 'P2', tags: ['vip'], version: 5 }, { priority: 'P1' }, []);
    const onReapply = vi.fn();
    const onDiscard = vi.fn();
    render(<ConflictDialog conflict={conflict} names={{}} busy={false} onReapply={onReapply} onDiscard={onDiscard} />);
    expect(await screen.findByText('雙方都改了')).toBeTruthy();
    expect(screen.getByText('P2 高')).toBeTruthy(); // theirs
    expect(screen.getByText('P1 緊急')).toBeTruthy(); // mine
    expect(screen.getByText('vip')).toBeTruthy();
    expect(onReapply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '重新套用我的變更' }));
    expect(onReapply).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '保留目前版本' }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
  });

  it('offers only to keep the current version when nothing of mine is left to send', async () => {
    const conflict = conflictOf(base, { ...base, status: 'CLOSED', version: 4 }, { status: 'PENDING', pendingReason: 'WAITING_ON_REQUESTER' }, []);
    const onReapply = vi.fn();
    render(<ConflictDialog conflict={conflict} names={{}} busy={false} onReapply={onReapply} onDiscard={() => {}} />);
    expect(await screen.findByText('您的下列變更不會送出：')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '重新套用我的變更' })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: '保留目前版本' }).at(-1)!);
    expect(onReapply).not.toHaveBeenCalled();
  });
});
