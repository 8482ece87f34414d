import type { ReactNode } from 'react';
import type { Snippet } from '../schema';

/**
 * A snippet with the query's words in <mark>, built as React elements from the
 * API's offsets: the text is never read as HTML, whatever it holds.
 */
export function HighlightedText({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const [start, end] of snippet.matches) {
    if (start < last) continue;
    if (start > last) parts.push(snippet.text.slice(last, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    last = end;
  }
  parts.push(snippet.text.slice(last));
  return <>{parts}</>;
}
