import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet.ts';
import { searchTerm } from './swedish.ts';

/** The terms of `words` as the search reads them, and whether a word of the text is one of them. */
const matched = (...words: string[]): [Set<string>, (word: string) => boolean] => {
  const terms = new Set(words.map((w) => searchTerm(w) ?? ''));
  return [terms, (word: string) => terms.has(searchTerm(word) ?? '')];
};
/** The marked words, read back through the offsets. */
const marked = ({ text, matches }: { text: string; matches: [number, number][] }) => matches.map(([start, end]) => text.slice(start, end));

describe('snippets', () => {
  it('mark every form of the matched words, as written, at their offsets', () => {
    const snippet = makeSnippet(['Anmälda sexköp ökade. Sexköpen anmäls när polisen letar.'], ...matched('sexkop'));
    expect(snippet.text).toBe('Anmälda sexköp ökade. Sexköpen anmäls när polisen letar.');
    expect(snippet.matches).toEqual([
      [8, 14],
      [22, 30],
    ]);
    expect(marked(snippet)).toEqual(['sexköp', 'Sexköpen']);
  });

  it('come from the text where most words matched, the lead when none did', () => {
    const texts = ['Ingressen nämner inget.', 'Här står häktning och häktningstider.', 'Här står häktning en gång.'];
    expect(makeSnippet(texts, ...matched('häktning')).text).toBe('Här står häktning och häktningstider.');
    expect(makeSnippet(texts, ...matched('samtycke'))).toEqual({ text: 'Ingressen nämner inget.', matches: [] });
  });

  it('are cut around the first match on whole words, with offsets that still point at the words', () => {
    const long = `${'Inledande ord om annat. '.repeat(12)}Här nämns prostitution och människohandel. ${'Avslutande ord om annat. '.repeat(12)}`;
    const snippet = makeSnippet([long], ...matched('prostitution', 'människohandel'));
    expect(snippet.text.length).toBeLessThanOrEqual(204);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    // The middle is the text itself, starting and ending on word boundaries.
    const middle = snippet.text.slice(2, -2);
    const at = long.indexOf(middle);
    expect(at).toBeGreaterThan(0);
    expect(long[at - 1]).toBe(' ');
    expect(long[at + middle.length]).toMatch(/[ .]/);
    expect(marked(snippet)).toEqual(['prostitution', 'människohandel']);
  });

  it('keep UTF-16 offsets right past characters outside the basic plane', () => {
    const snippet = makeSnippet(['📈 Brå: sexköp ökade'], ...matched('sexköp'));
    expect(marked(snippet)).toEqual(['sexköp']);
    expect(snippet.matches).toEqual([[8, 14]]);
  });
});
