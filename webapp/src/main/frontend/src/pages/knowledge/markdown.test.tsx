// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { MarkdownPreview, safeUrl } from './markdown';

afterEach(cleanup);

function preview(markdown: string): HTMLElement {
  return render(<MarkdownPreview markdown={markdown} />).container;
}

describe('the Markdown preview', () => {
  it('renders headings, emphasis, lists, code, tables and images', () => {
    const html = preview('# 印表機\n\n**粗體** and *em*\n\n- one\n- two\n\n`code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![logo](https://example.com/logo.png)').innerHTML;
    expect(html).toContain('<h1>印表機</h1>');
    expect(html).toContain('<strong>粗體</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<td>1</td>');
    expect(html).toMatch(/<img (alt="logo" src="https:\/\/example.com\/logo.png"|src="https:\/\/example.com\/logo.png" alt="logo")>/);
  });

  it('drops raw HTML that could run: scripts, event handlers, javascript: links, iframes', () => {
    const element = preview(
      'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) <iframe src="https://evil"></iframe><a href="JaVaScRiPt:alert(4)">x</a> <b onclick="alert(5)">bold</b>',
    );
    const html = element.innerHTML;
    expect(element.querySelector('script')).toBeNull();
    expect(element.querySelector('iframe')).toBeNull();
    expect(html).not.toMatch(/onerror|onclick|javascript:|alert\(1\)/i);
    expect(element.textContent).toContain('click');
    expect(element.textContent).toContain('bold');
  });

  it('fetches the own images of the API with the token and shows them as data: URLs', async () => {
    // jsdom's FileReader reads jsdom's Blob (not Node's, which a real Response would give)
    const answer = { ok: true, headers: new Headers({ 'Content-Type': 'image/png' }), blob: async () => new Blob(['png'], { type: 'image/png' }) };
    vi.stubGlobal('fetch', vi.fn(async () => answer));
    const element = preview('![截圖](/api/knowledge/articles/5/attachments/50)');
    await waitFor(() => expect(element.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/));
    expect(element.querySelector('img')?.getAttribute('alt')).toBe('截圖');
    expect(vi.mocked(fetch).mock.calls[0][0]).toBe('/api/knowledge/articles/5/attachments/50');
    vi.unstubAllGlobals();
  });

  it('opens links in a new tab without an opener', () => {
    const link = preview('[docs](https://example.com/a)').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps web, mail and same-site addresses only', () => {
    expect(safeUrl('https://x.tw')).toBe('https://x.tw');
    expect(safeUrl('mailto:it@x.tw')).toBe('mailto:it@x.tw');
    expect(safeUrl('/api/x')).toBe('/api/x');
    expect(safeUrl('#top')).toBe('#top');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' data:text/html,x')).toBeNull();
    expect(safeUrl('//evil.example/x')).toBeNull();
    expect(safeUrl('vbscript:x')).toBeNull();
  });
});
