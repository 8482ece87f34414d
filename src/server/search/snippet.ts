import { fold, tokenize } from './swedish.ts';

/** A short stretch of an article's text and where in it the query's words are (UTF-16 offsets, end exclusive). */
export type Snippet = { text: string; matches: [number, number][] };

/** About two lines on a phone; a whole paragraph if it is no longer. */
const MAX_LENGTH = 200;
/** How much text to keep before the first match, so it reads as a sentence. */
const LEAD_IN = 50;
const ELLIPSIS = '…';

/**
 * The snippet of a hit: the text among `texts` (lead first, then the body's blocks)
 * where the hit's matched `terms` (folded, as indexed) occur most, cut around its
 * first word that matched (`isMatch`).
 */
export function makeSnippet(texts: string[], terms: Iterable<string>, isMatch: (word: string) => boolean): Snippet {
  // The text is chosen by counting the terms in it as strings, without splitting it into words:
  // a page of hits is thousands of words, and only the chosen text is read word by word.
  // A term is a stem, so it starts each form of its word ("domstol" in "Domstolarna") and
  // stands inside the compounds it is part of.
  const wanted = [...terms].filter(Boolean);
  let best = 0;
  let most = 0;
  texts.forEach((text, i) => {
    const folded = fold(text);
    let count = 0;
    for (const term of wanted) for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) count++;
    if (count > most) {
      best = i;
      most = count;
    }
  });
  const text = texts[best] ?? '';
  const tokens = tokenize(text);
  const hits = tokens.filter((t) => isMatch(t.word));
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
