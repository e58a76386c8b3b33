import { describe, expect, it } from 'vitest';
import { unsaved } from './draft';
import type { EditableArticle } from './editorApi';

const saved = { title: 'VPN', summary: '', body: 'text', categoryId: 3, tags: ['vpn', 'cert'] } as unknown as EditableArticle;

describe('unsaved changes in the editor', () => {
  it('none when the form shows the saved article (tag order and empty summary aside)', () => {
    expect(unsaved({ title: 'VPN', summary: undefined, body: 'text', categoryId: 3, tags: ['cert', 'vpn'] }, saved)).toBe(false);
  });
  it('an edited body, title, category or tags is unsaved', () => {
    expect(unsaved({ title: 'VPN', body: 'text\n![a](/api/x)', categoryId: 3, tags: ['vpn', 'cert'] }, saved)).toBe(true);
    expect(unsaved({ title: 'VPN!', body: 'text', categoryId: 3, tags: ['vpn', 'cert'] }, saved)).toBe(true);
    expect(unsaved({ title: 'VPN', body: 'text', categoryId: null, tags: ['vpn', 'cert'] }, saved)).toBe(true);
    expect(unsaved({ title: 'VPN', body: 'text', categoryId: 3, tags: ['vpn'] }, saved)).toBe(true);
  });
});
