import { tokenize } from './swedish.ts';

/** A short stretch of an article's text and where in it the query's words are (UTF-16 offsets, end exclusive). */
export type Snippet = { text: string; matches: [number, number][] };

/** About two lines on a phone; a whole paragraph if it is no longer. */
const MAX_LENGTH = 200;
/** How much text to keep before the first match, so it reads as a sentence. */
const LEAD_IN = 50;
const ELLIPSIS = '…';

/**
 * The snippet of a hit: the text among `texts` (lead first, then the body's blocks)
 * where most words matched, cut around its first match. A word matched if any of
 * the terms it is indexed as (`termsOf`) is among the hit's `matched` terms.
 */
export function makeSnippet(texts: string[], matched: ReadonlySet<string>, termsOf: (word: string) => string[]): Snippet {
  const candidates = texts.map((text) => {
    const tokens = tokenize(text);
    return { text, tokens, hits: tokens.filter((t) => termsOf(t.word).some((term) => matched.has(term))) };
  });
  const best = candidates.reduce((a, b) => (b.hits.length > a.hits.length ? b : a), candidates[0] ?? { text: '', tokens: [], hits: [] });
  const { text, tokens, hits } = best;
  let start = 0;
  let end = text.length;
  if (text.length > MAX_LENGTH) {
    const from = Math.max(0, (hits[0]?.start ?? 0) - LEAD_IN);
    // Begin and end on whole words.
    start = from === 0 ? 0 : (tokens.find((t) => t.start >= from)?.start ?? from);
    end = tokens.filter((t) => t.end <= start + MAX_LENGTH).at(-1)?.end ?? start + MAX_LENGTH;
    // Keep the sentence's closing mark if it follows at once.
    if (/[.!?]/.test(text[end] ?? '')) end++;
  }
  const before = start > 0 ? `${ELLIPSIS} ` : '';
  const after = end < text.length ? ` ${ELLIPSIS}` : '';
  const shift = before.length - start;
  return {
    text: before + text.slice(start, end) + after,
    matches: hits.filter((t) => t.start >= start && t.end <= end).map((t) => [t.start + shift, t.end + shift]),
  };
}
