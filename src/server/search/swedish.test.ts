import { describe, expect, it } from 'vitest';
import { compoundSplitter, fold, searchTerm, tokenize } from './swedish.ts';

describe('folding Swedish for matching', () => {
  it('drops case and diacritics, so a query typed without å, ä and ö still meets the text', () => {
    expect(fold('Sexköp')).toBe('sexkop');
    expect(fold('BRÅ')).toBe('bra');
    expect(fold('Jämställdhet, Löfving, café')).toBe('jamstalldhet, lofving, cafe');
  });

  it('gives inflected forms, and forms typed without diacritics, the same term', () => {
    expect(searchTerm('domstolarna')).toBe(searchTerm('domstolen'));
    expect(searchTerm('sexköpen')).toBe(searchTerm('sexkop'));
    expect(searchTerm('Brå')).toBe(searchTerm('bra'));
    expect(searchTerm('begär')).toBe(searchTerm('begära'));
    expect(searchTerm('på')).toBeUndefined();
  });

  it('finds words with their offsets in the original text, whatever their letters', () => {
    const text = 'JO:s beslut – 563 sexköp.';
    expect(tokenize(text).map(({ word, start, end }) => [word, start, end, text.slice(start, end)])).toEqual([
      ['JO', 0, 2, 'JO'],
      ['s', 3, 4, 's'],
      ['beslut', 5, 11, 'beslut'],
      ['563', 14, 17, '563'],
      ['sexköp', 18, 24, 'sexköp'],
    ]);
  });
});

describe('compound parts', () => {
  const vocabulary = new Set(['sexkop', 'brot', 'jamstalld', 'arbet', 'domstol'].map((w) => w));
  const split = compoundSplitter(vocabulary);

  it('splits a compound whose parts stand as words in the archive, linking s included', () => {
    expect(split(searchTerm('sexköpsbrott') ?? '')).toEqual(['sexkop', 'brot']);
    expect(split(searchTerm('arbetsdomstolen') ?? '')).toEqual(['arbet', 'domstol']);
  });

  it('leaves words alone whose parts the archive does not have', () => {
    expect(split(searchTerm('prostitution') ?? '')).toEqual([]);
    expect(split('kort')).toEqual([]);
  });
});
