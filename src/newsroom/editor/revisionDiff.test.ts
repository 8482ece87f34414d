import { describe, expect, it } from 'vitest';
import type { Block } from '../../features/articles/schema';
import { compareRecords, type ComparedRecord, type FieldDiff } from './revisionDiff';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const record = (overrides: Partial<ComparedRecord> = {}): ComparedRecord => ({
  headline: 'Hovrätten skärper straffet',
  lead: 'Mannen döms till fängelse i två år.',
  hero: { alt: 'En rättssal.', credit: { name: 'Lina Ek' } },
  body: [paragraph('Domen meddelades i dag.'), { type: 'subheading', id: 'domen', text: 'Domen' }, paragraph('Ingen har överklagat.')],
  ...overrides,
});
/** A field as a reader of the comparison hears it: [+added] and [-removed]. */
const spoken = (field: FieldDiff) => `${field.label}: ${field.parts.map((part) => (part.change === 'added' ? `[+${part.text}]` : part.change === 'removed' ? `[-${part.text}]` : part.text)).join('')}`;

describe('two versions compared, field by field', () => {
  it('finds nothing between equal versions', () => {
    expect(compareRecords(record(), record())).toEqual([]);
  });

  it('marks the words added and removed in the headline, the lead and the credit', () => {
    const after = record({ headline: 'Hovrätten mildrar straffet', lead: 'Mannen döms till fängelse i ett år.', hero: { alt: 'En rättssal.', credit: { name: 'Lina Ek', agency: 'TT' } } });
    expect(compareRecords(record(), after).map(spoken)).toEqual([
      'Rubrik: Hovrätten [-skärper][+mildrar] straffet',
      'Ingress: Mannen döms till fängelse i [-två][+ett] år.',
      'Fotograf eller källa: Lina Ek[+/TT]',
    ]);
  });

  it('lines blocks up by their text: a block added first does not make the others look changed', () => {
    const before = record();
    const after = record({ body: [paragraph('Nytt först.'), ...before.body.slice(0, 2), paragraph('Ingen har ännu överklagat.')] });
    expect(compareRecords(before, after).map(spoken)).toEqual(['Stycke 1: [+Nytt först.]', 'Stycke 4: Ingen har [+ännu ]överklagat.']);
  });

  it('shows a removed block, and a paragraph’s new link and emphasis as its markup', () => {
    const before = record();
    const after = record({
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Domen meddelades i ' }, { type: 'emphasis', text: 'dag' }, { type: 'text', text: '.' }] }, paragraph('Ingen har överklagat.')],
    });
    expect(compareRecords(before, after).map(spoken)).toEqual(['Stycke 1: Domen meddelades i [+*]dag[+*].', 'Mellanrubrik 2 (borttaget): [-Domen]']);
  });
});
