import { expect, it } from 'vitest';
import { generateArchive } from './archive.ts';

it('generates the same archive every time, of fixture words, around the fixture articles', () => {
  const first = generateArchive(50);
  expect(generateArchive(50)).toEqual(first);
  const made = first.filter((d) => d.slug.startsWith('arkiv-'));
  expect(made).toHaveLength(50);
  expect(first.length - made.length).toBeGreaterThanOrEqual(12);
  expect(made.every((d) => d.headline && d.lead && d.body.length >= 5 && /^\d{4}-/.test(d.publishedAt))).toBe(true);
});
