// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import { changeLanguage } from '../../i18n';
import { DiffView } from './DiffView';
import type { RevisionDiff } from './editorApi';

window.matchMedia ??= ((query: string) => ({
  matches: false, media: query, onchange: null,
  addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;

afterEach(cleanup);

const diff: RevisionDiff = {
  from: 2,
  to: 3,
  granularity: 'word',
  title: [{ op: 'EQUAL', text: 'VPN 連線' }],
  summary: [],
  body: [
    { op: 'EQUAL', text: '先' },
    { op: 'DELETE', text: '重開' },
    { op: 'INSERT', text: '更新憑證' },
    { op: 'EQUAL', text: '再連線' },
  ],
};

describe('the side-by-side diff', () => {
  it('shows the old revision with deletions left and the new one with insertions right', () => {
    changeLanguage('en');
    render(<DiffView diff={diff} />);
    const before = screen.getByTestId('diff-before');
    const after = screen.getByTestId('diff-after');
    expect(before.textContent).toBe('先重開再連線');
    expect(after.textContent).toBe('先更新憑證再連線');
    expect(before.querySelector('del')?.textContent).toBe('重開');
    expect(before.querySelector('ins')).toBeNull();
    expect(after.querySelector('ins')?.textContent).toBe('更新憑證');
    expect(after.querySelector('del')).toBeNull();
    expect(screen.getByText('Revision 2')).toBeTruthy();
    expect(screen.getByText('Revision 3')).toBeTruthy();
  });

  it('leaves out fields that did not change', () => {
    render(<DiffView diff={diff} />);
    expect(screen.queryByRole('region', { name: 'Title' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Body (Markdown)' })).toBeTruthy();
  });

  it('says so when the revisions are the same', () => {
    render(<DiffView diff={{ ...diff, body: [{ op: 'EQUAL', text: 'same' }] }} />);
    expect(screen.getByText('No differences')).toBeTruthy();
    expect(screen.queryByTestId('diff')).toBeNull();
  });
});
