import { Fragment, type ReactNode } from 'react';

/**
 * A preview of a reply's Markdown, built as React elements (no innerHTML): paragraphs, headings,
 * lists, quotes, code, **bold**, *italic*, `code`, links (http, https, mailto only) and @mentions.
 * The server renders the saved comment itself (bodyHtml, sanitized); this only previews the
 * common syntax while typing, without a Markdown library in the bundle.
 */
export function MarkdownPreview({ source }: { source: string }) {
  return <div className="markdown-preview">{blocks(source)}</div>;
}

type Block =
  | { kind: 'p' | 'quote'; lines: string[] }
  | { kind: 'h'; level: number; text: string }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'code'; text: string };

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) code.push(lines[i++]);
      i++;
      out.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push({ kind: 'h', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    const list = /^\s*([-*+]|\d+[.)])\s+/.exec(line);
    if (list) {
      const ordered = /\d/.test(list[1]);
      const items: string[] = [];
      while (i < lines.length) {
        const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(lines[i]);
        if (!item || /\d/.test(item[1]) !== ordered) break;
        items.push(item[2]);
        i++;
      }
      out.push({ kind: ordered ? 'ol' : 'ul', items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) quoted.push(lines[i++].replace(/^\s*>\s?/, ''));
      out.push({ kind: 'quote', lines: quoted });
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,6}\s|\s*```|\s*>|\s*([-*+]|\d+[.)])\s)/.test(lines[i])) paragraph.push(lines[i++]);
    out.push({ kind: 'p', lines: paragraph });
  }
  return out;
}

function blocks(source: string): ReactNode[] {
  return parseBlocks(source).map((block, key) => {
    switch (block.kind) {
      case 'h': {
        const Heading = `h${Math.min(block.level + 2, 6)}` as 'h3';
        return <Heading key={key}>{inline(block.text)}</Heading>;
      }
      case 'ul':
      case 'ol': {
        const List = block.kind;
        return <List key={key}>{block.items.map((item, i) => <li key={i}>{inline(item)}</li>)}</List>;
      }
      case 'code':
        return <pre key={key}><code>{block.text}</code></pre>;
      case 'quote':
        return <blockquote key={key}>{lines(block.lines)}</blockquote>;
      default:
        return <p key={key}>{lines(block.lines)}</p>;
    }
  });
}

function lines(texts: string[]): ReactNode[] {
  return texts.map((text, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {inline(text)}
    </Fragment>
  ));
}

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))|(@[\p{L}\p{N}._-]+)/gu;

/** Inline Markdown as React nodes; a link keeps only http(s) and mailto addresses. */
export function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) out.push(text.slice(last, index));
    const [whole, code, strong, em, link, mention] = match;
    const key = out.length;
    if (code) out.push(<code key={key}>{code.slice(1, -1)}</code>);
    else if (strong) out.push(<strong key={key}>{inline(strong.slice(2, -2))}</strong>);
    else if (em) out.push(<em key={key}>{inline(em.slice(1, -1))}</em>);
    else if (link) {
      const [, label, href] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(link)!;
      out.push(
        /^(https?:|mailto:)/i.test(href) ? (
          <a key={key} href={href} target="_blank" rel="noopener noreferrer">
            {label}
          </a>
        ) : (
          whole
        ),
      );
    } else if (mention) out.push(<strong key={key} className="mention">{mention}</strong>);
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
