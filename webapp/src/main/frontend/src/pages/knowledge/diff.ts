import type { DiffSegment } from './editorApi';

/** One piece of a side of a side-by-side diff: unchanged text, or text only this side has. */
export interface SidePart {
  text: string;
  changed: boolean;
}

export interface SideBySide {
  /** the older revision: unchanged text and what was deleted */
  before: SidePart[];
  /** the newer revision: unchanged text and what was inserted */
  after: SidePart[];
  deleted: number;
  inserted: number;
}

/**
 * Splits the API's segments (EQUAL, DELETE, INSERT, in order) into the two columns of a
 * side-by-side view: the old text is EQUAL + DELETE, the new text EQUAL + INSERT.
 */
export function sideBySide(segments: DiffSegment[]): SideBySide {
  const result: SideBySide = { before: [], after: [], deleted: 0, inserted: 0 };
  for (const segment of segments) {
    if (!segment.text) continue;
    if (segment.op !== 'INSERT') push(result.before, segment.text, segment.op === 'DELETE');
    if (segment.op !== 'DELETE') push(result.after, segment.text, segment.op === 'INSERT');
    if (segment.op === 'DELETE') result.deleted += segment.text.length;
    if (segment.op === 'INSERT') result.inserted += segment.text.length;
  }
  return result;
}

function push(parts: SidePart[], text: string, changed: boolean) {
  const last = parts[parts.length - 1];
  if (last && last.changed === changed) last.text += text;
  else parts.push({ text, changed });
}

/** Whether the segments change anything at all. */
export function unchanged(segments: DiffSegment[]): boolean {
  return segments.every((segment) => segment.op === 'EQUAL' || !segment.text);
}
