// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import '../i18n';
import { Suggestions } from './Suggestions';

// jsdom lacks what Ant Design's responsive parts ask for
window.matchMedia ??= ((query: string) => ({
  matches: false, media: query, onchange: null,
  addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

function answer(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function renderSuggestions(subject: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <Suggestions subject={subject} description="" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Suggestions', () => {
  it('asks the knowledge API for what was typed and shows the hits with their highlights', async () => {
    const fetch = vi.fn(async (url: string) => {
      if (url.startsWith('/api/knowledge/suggestions')) {
        return answer([{ id: 7, title: '印表機無法列印', locale: 'zh-TW', tags: [], highlights: { title: '<mark>印表機</mark>無法列印' } }]);
      }
      return answer({ id: 7, locale: 'zh-TW', title: '印表機無法列印', bodyHtml: '<p>請重新啟動印表機。</p>', tags: [], updatedAt: '2026-01-01T00:00:00Z', fallback: false, viewCount: 1, solvedTickets: 2 });
    });
    vi.stubGlobal('fetch', fetch);
    renderSuggestions('印表機');

    const mark = await screen.findByText('印表機', { selector: 'mark' });
    expect(fetch.mock.calls[0][0]).toBe(`/api/knowledge/suggestions?limit=5&text=${encodeURIComponent('印表機')}`);
    const headers = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Headers;
    expect(headers.get('Accept-Language')).toBe('zh-TW');

    fireEvent.click(mark);
    expect(await screen.findByText('請重新啟動印表機。')).toBeTruthy();
    expect(fetch.mock.calls[1][0]).toBe('/api/knowledge/articles/7?locale=zh-TW');
  });

  it('asks nothing for a single character', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderSuggestions('印');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.getByText('輸入主旨或描述後，這裡會顯示相關的知識文章。')).toBeTruthy();
  });

  it('shows the problem detail when the API refuses', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer({ title: '請求過多', status: 429, detail: '請稍後再試。' }, 429, 'application/problem+json')));
    renderSuggestions('VPN');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('請稍後再試。'));
  });
});
