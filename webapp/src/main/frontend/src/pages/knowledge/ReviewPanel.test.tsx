// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { changeLanguage } from '../../i18n';
import type { EditableArticle, Revision } from './editorApi';

window.matchMedia ??= ((query: string) => ({
  matches: false, media: query, onchange: null,
  addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

// jsdom has no ResizeObserver (the text area's auto size asks for it)
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// who is signed in: the access token's subject is what the API calls the user's id
let signedIn = 'editor1';
vi.mock('../../session', () => ({
  useSession: () => ({
    user: { access_token: `h.${btoa(JSON.stringify({ sub: signedIn }))}.s`, profile: { sub: signedIn } },
    identity: { username: signedIn, roles: ['editor'] },
  }),
}));
vi.mock('../../auth', () => ({ userManager: { getUser: async () => null } }));

const { ReviewPanel } = await import('./ReviewPanel');

const article: EditableArticle = {
  id: 7, locale: 'zh-TW', title: 'VPN 連線', summary: '', body: '先更新憑證再連線', bodyHtml: '', tags: [], audience: 'EVERYONE',
  owner: { id: 'editor1', name: '林美玲' }, status: 'IN_REVIEW', revision: 3, publishedRevision: 2, pendingChange: true,
  updatedAt: '2026-11-30T08:00:00Z', version: 9, outdated: false, translations: [],
};
const revisions: Revision[] = [
  { number: 3, title: 'VPN 連線', authorId: 'editor1', authorName: '林美玲', createdAt: '2026-11-30T08:00:00Z', published: false },
  { number: 2, title: 'VPN', authorId: 'admin1', authorName: '張建國', createdAt: '2026-11-29T08:00:00Z', published: true },
];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
}

const calls: { url: string; init?: RequestInit }[] = [];
function mockApi() {
  calls.length = 0;
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    if (url.endsWith('/revisions')) return json(revisions);
    if (url.endsWith('/reviews')) return json([]);
    if (url.includes('/diff')) return json({ from: 2, to: 3, granularity: 'word', title: [], summary: [], body: [{ op: 'INSERT', text: '更新憑證' }] });
    if (url.endsWith('/send-back')) {
      const body = JSON.parse(String(init?.body));
      return body.comment ? json({ ...article, status: 'DRAFT', version: 10 }) : json({ title: 'Bad Request', detail: '請說明退回原因' }, 400);
    }
    if (url.endsWith('/approve')) return json({ ...article, status: 'PUBLISHED', version: 10 });
    return json({}, 404);
  }));
}

function show() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App>
        <ReviewPanel article={article} />
      </App>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the review panel', () => {
  it('does not let the author of the change approve it (four eyes)', async () => {
    changeLanguage('en');
    signedIn = 'editor1';
    mockApi();
    show();
    await screen.findByTestId('four-eyes');
    expect(screen.queryByRole('button', { name: 'Approve and publish' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send back' })).toBeNull();
    expect(await screen.findByText('更新憑證')).toBeTruthy();
  });

  it('lets another editor approve, sending the article version as If-Match', async () => {
    signedIn = 'admin1';
    mockApi();
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Approve and publish' }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/articles/7/approve'))).toBe(true));
    const approve = calls.find((c) => c.url.endsWith('/approve'))!;
    expect(approve.init?.method).toBe('POST');
    expect(new Headers(approve.init?.headers).get('If-Match')).toBe('"9"');
  });

  it('sends back only with a comment', async () => {
    signedIn = 'admin1';
    mockApi();
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Send back' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent === 'Send back')!;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('What should change? (required)'), { target: { value: '請補上截圖' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/send-back'))).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url.endsWith('/send-back'))!.init?.body))).toEqual({ comment: '請補上截圖' });
  });
});
