/** What the new-ticket form asks suggestions for: subject and description, or nothing if too short. */
export function suggestionText(subject: string, description: string): string {
  const text = `${subject.trim()}\n${description.trim()}`.trim();
  return [...text].length >= 2 ? text.slice(0, 2000) : '';
}

export interface MarkedPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a server highlight ("escaped text with <mark>…</mark>") into parts React renders as
 * text, so a snippet never needs innerHTML. Any other tag stays visible as text.
 */
export function markedParts(html: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: unescape(html.slice(last, match.index)), marked: false });
    parts.push({ text: unescape(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: unescape(html.slice(last)), marked: false });
  return parts;
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** A fresh Idempotency-Key for one submission of a form (retries of it reuse the key). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
