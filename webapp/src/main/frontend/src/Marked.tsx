import { markedParts } from './text';

/** A search snippet with its <mark> highlights, rendered without innerHTML. */
export function Marked({ html }: { html: string }) {
  return (
    <>
      {markedParts(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
