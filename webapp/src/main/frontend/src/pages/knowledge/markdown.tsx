import { createElement, Fragment, type ReactNode } from 'react';
import { marked } from 'marked';
import { AuthImage } from './AuthImage';

/**
 * The editor's live preview: Markdown rendered by `marked`, then turned into React elements through
 * an allow-list of tags and attributes — never innerHTML, so raw HTML typed into the Markdown
 * (a <script>, an onerror=, a javascript: link) cannot run. What readers get is the server's own
 * rendering and sanitizing of the saved revision (bodyHtml); this is only a preview of it.
 */
const TAGS = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'input',
]);
/** dropped with everything inside them */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math']);
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tr']);
const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  th: ['align'],
  td: ['align'],
  ol: ['start'],
  input: ['type', 'checked', 'disabled'],
};

/** http(s), mailto, same-site paths and anchors; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^(\/(?!\/)|#|\.\/)/.test(trimmed)) return trimmed;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//')) return trimmed;
  return null;
}

function convert(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  // table structure takes no text (React warns about the newlines marked puts between the cells)
  const structural = TABLE_PARTS.has(tag);
  const children = Array.from(element.childNodes)
    .filter((child) => !(structural && child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()))
    .map((child, i) => convert(child, i));
  if (!TAGS.has(tag)) return createElement(Fragment, { key }, ...children);
  const props: Record<string, unknown> = { key };
  for (const name of ATTRIBUTES[tag] ?? []) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    if (name === 'href' || name === 'src') {
      const url = safeUrl(value);
      if (url) props[name] = url;
    } else if (name === 'checked' || name === 'disabled') {
      props[name === 'checked' ? 'defaultChecked' : 'disabled'] = true;
    } else {
      props[name] = value;
    }
  }
  if (tag === 'input') {
    if (props.type !== 'checkbox') return null;
    props.disabled = true;
    props['aria-label'] = 'task';
    return createElement('input', props);
  }
  if (tag === 'a') {
    props.rel = 'noopener noreferrer';
    props.target = '_blank';
  }
  // the API's own images need the bearer token
  if (tag === 'img' && typeof props.src === 'string' && props.src.startsWith('/api/')) {
    return createElement(AuthImage, { key, src: props.src, alt: props.alt as string | undefined, title: props.title as string | undefined });
  }
  if (tag === 'img' || tag === 'br' || tag === 'hr') return createElement(tag, props);
  return createElement(tag, props, ...children);
}

/** Markdown to React elements through the allow-list above. */
export function markdownElements(markdown: string): ReactNode[] {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return Array.from(document.body.childNodes).map((node, i) => convert(node, i));
}

export function MarkdownPreview({ markdown }: { markdown: string }) {
  return <div className="article-body markdown-preview">{markdownElements(markdown)}</div>;
}
