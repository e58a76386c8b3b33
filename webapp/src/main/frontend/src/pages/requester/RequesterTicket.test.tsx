// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import '../../i18n';
import RequesterTicket from './RequesterTicket';

window.matchMedia ??= ((query: string) => ({
  matches: false, media: query, onchange: null,
  addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

// jsdom has no ResizeObserver (Ant Design's Typography and Descriptions observe their size)
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const ticket = (status: string, version = 3) => ({
  id: 7, number: 'TK-2026-000007', subject: '印表機無法列印', description: '三樓', status, priority: 'P3',
  requester: { id: 'requester1', name: '王小明' }, resolution: status === 'RESOLVED' ? '已更換碳粉匣' : null,
  createdAt: '2026-03-02T01:00:00Z', updatedAt: '2026-03-02T01:00:00Z', version,
});
const comments = [
  { id: 1, ticketId: 7, author: { id: 'agent1', name: '陳志豪' }, body: 'x', bodyHtml: '<p>請重新開機</p>', internal: false, mentions: [], createdAt: '2026-03-02T02:00:00Z', version: 1 },
  { id: 2, ticketId: 7, author: { id: 'agent1', name: '陳志豪' }, body: 'y', bodyHtml: '<p>內部：驅動版本太舊</p>', internal: true, mentions: [], createdAt: '2026-03-02T02:05:00Z', version: 1 },
];
const workflow = [
  { from: 'RESOLVED', to: 'OPEN', by: ['AGENT', 'REQUESTER'] },
  { from: 'RESOLVED', to: 'CLOSED', by: ['AGENT', 'REQUESTER', 'SYSTEM'] },
  { from: 'OPEN', to: 'RESOLVED', by: ['AGENT'] },
];

function serve(status: string, patch?: (init: RequestInit) => Response) {
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (url.endsWith('/comments')) return json(comments);
    if (url.endsWith('/workflow')) return json(workflow);
    if (init.method === 'PATCH' && patch) return patch(init);
    return json(ticket(status));
  });
  vi.stubGlobal('fetch', fetch);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={['/tickets/7']}>
        <Routes>
          <Route path="/tickets/:id" element={<RequesterTicket />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return fetch;
}

// Ant Design renders slowly in jsdom on a busy machine
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RequesterTicket', { timeout: 30_000 }, () => {
  it('shows the public conversation only, even when the API returned an internal note', async () => {
    serve('OPEN');
    expect(await screen.findByText('請重新開機')).toBeTruthy();
    expect(screen.queryByText('內部：驅動版本太舊')).toBeNull();
    expect(screen.queryByText('內部備註')).toBeNull();
    expect(screen.queryByRole('button', { name: '重新開啟' })).toBeNull();
  });

  it('offers reopen and close of a resolved ticket, and reopens with the version read', async () => {
    const fetch = serve('RESOLVED', () => json(ticket('OPEN', 4)));
    expect(await screen.findByText('已更換碳粉匣')).toBeTruthy();
    await screen.findByRole('button', { name: '是，結案' });
    fireEvent.click(await screen.findByRole('button', { name: '重新開啟' }));
    const buttons = await screen.findAllByRole('button', { name: '重新開啟' });
    fireEvent.click(buttons[buttons.length - 1]);
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(true));
    const [url, init] = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH')!;
    expect(url).toBe('/api/ticket/tickets/7');
    expect(JSON.parse(String(init!.body))).toEqual({ status: 'OPEN' });
    expect(new Headers(init!.headers).get('If-Match')).toBe('"3"');
  });

  it('after a 412 shows the ticket as it is now instead of retrying', async () => {
    serve('RESOLVED', () => new Response(JSON.stringify({ title: 'Precondition Failed', status: 412 }), { status: 412, headers: { 'Content-Type': 'application/problem+json' } }));
    fireEvent.click(await screen.findByRole('button', { name: '是，結案' }));
    expect(await screen.findByText('案件在這段期間已有變更，以下是最新內容，請再選擇一次。')).toBeTruthy();
  });
});
