import { describe, expect, it } from 'vitest';
import { articleDocuments } from '../../../mocks/search/articleDocuments.ts';
import { createSearchIndex } from './searchIndex.ts';

const index = createSearchIndex(articleDocuments());
const APPEALS = 'provningstillstand-i-hovratten';

describe('the search index', () => {
  it('reads an unfinished last word as the start of a longer one, in a search as while typing', () => {
    expect(index.search('prövningstill').slugs[0]).toBe(APPEALS);
    expect(index.suggest('prövningstill', 8)[0]?.slug).toBe(APPEALS);
  });

  it('takes a whole word as written in a search, but as the start of longer ones while it is typed', () => {
    // "prövning" is a word of the archive; only the field being typed also offers "prövningstillstånd" in the HD article.
    const SUPREME_COURT = 'hogsta-domstolen-och-prejudikaten';
    expect(index.search('prövning').slugs).not.toContain(SUPREME_COURT);
    expect(index.suggest('prövning', 8).map((s) => s.slug)).toContain(SUPREME_COURT);
  });

  it('finds nothing for words too common to mean anything, and ignores them beside others', () => {
    expect(index.search('även också mellan').slugs).toEqual([]);
    expect(index.search('även prövningstillstånd').slugs[0]).toBe(APPEALS);
  });
});
