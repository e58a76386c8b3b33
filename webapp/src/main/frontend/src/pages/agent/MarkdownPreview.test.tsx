// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { MarkdownPreview, parseBlocks } from './MarkdownPreview';

afterEach(cleanup);

describe('MarkdownPreview', () => {
  it('renders the common syntax as elements', () => {
    const { container } = render(
      <MarkdownPreview source={'## 步驟\n1. 重新開機\n2. 再試一次\n\n請 **務必** 先 `備份`，見 [說明](https://example.com/x)。\n@陳志豪 請協助\n\n> 引用\n\n```\ncode <b>\n```'} />,
    );
    expect(container.querySelector('h4')?.textContent).toBe('步驟');
    expect([...container.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['重新開機', '再試一次']);
    expect(container.querySelector('strong')?.textContent).toBe('務必');
    expect(container.querySelector('p code')?.textContent).toBe('備份');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.com/x');
    expect(container.querySelector('.mention')?.textContent).toBe('@陳志豪');
    expect(container.querySelector('blockquote')?.textContent).toBe('引用');
    expect(container.querySelector('pre code')?.textContent).toBe('code <b>');
  });

  it('never makes markup of the text, nor a link of a script address', () => {
    const { container } = render(<MarkdownPreview source={'<img src=x onerror=alert(1)> [x](javascript:alert(1))'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('splits blocks at blank lines', () => {
    expect(parseBlocks('a\nb\n\nc').map((block) => block.kind)).toEqual(['p', 'p']);
    expect(parseBlocks('- a\n- b\ntext')).toEqual([{ kind: 'ul', items: ['a', 'b'] }, { kind: 'p', lines: ['text'] }]);
  });
});
