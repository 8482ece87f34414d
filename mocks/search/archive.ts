import { sections, tags } from '../fixtures/articles.ts';
import { authors } from '../fixtures/authors.ts';
import { articleDocuments } from './articleDocuments.ts';
import type { SearchDocument } from '../../src/server/search/searchIndex.ts';
import { tokenize } from '../../src/server/search/swedish.ts';

/** How many of the fixtures' most used words every article draws from (function words and the like). */
const COMMON_WORDS = 200;
/** Made-up compounds of fixture words, so that the archive has a vocabulary of realistic size. */
const MADE_UP_COMPOUNDS = 40_000;

/**
 * A made-up archive for the search benchmark: `count` articles of Swedish words
 * taken from the fixture articles' text. A real archive of 10 000 articles has a
 * vocabulary of some 100 000 words, ours some 2 500; drawn alone, every rare word
 * would be in every tenth article. So: the fixtures' 200 most used words are drawn
 * as often as they occur there; the rest of their words, together with 40 000
 * compounds made of two of their short words ("skydd" + "beslut"), are drawn with Zipf's law
 * (the word of rank r about 1/r as often as the first), and each article repeats a
 * few words of its own, as articles about something do. Sections, topics, writers
 * and dates (2016 on) are random. The fixture articles are added as they are.
 */
export function generateArchive(count: number, seed = 1): SearchDocument[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const real = articleDocuments();
  const counts = new Map<string, number>();
  for (const d of real) for (const text of [d.headline, d.lead, ...d.body]) for (const { word } of tokenize(text)) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  const byUse = [...counts].sort((a, b) => b[1] - a[1]);
  const common = byUse.slice(0, COMMON_WORDS).flatMap(([word, n]) => Array<string>(n).fill(word));
  const rest = byUse.slice(COMMON_WORDS).map(([word]) => word);
  // Simple words only: a compound of compounds would put the fixtures' rare long words everywhere.
  const parts = rest.filter((w) => w.length >= 4 && w.length <= 8 && !/\d/.test(w));
  const compounds = Array.from({ length: MADE_UP_COMPOUNDS }, () => `${pick(parts)}${random() < 0.4 ? 's' : ''}${pick(parts)}`);
  const tail = shuffle([...rest, ...compounds], random);
  // Cumulative Zipf weights, searched by bisection.
  const cumulative: number[] = [];
  tail.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 10)), 0);
  const total = cumulative.at(-1) ?? 1;
  const rare = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return tail[low] ?? '';
  };
  const start = Date.parse('2016-01-01T08:00:00+01:00');
  const span = Date.parse('2026-11-01T08:00:00+01:00') - start;
  const generated = Array.from({ length: count }, (_, i): SearchDocument => {
    const own = Array.from({ length: 4 }, rare);
    const word = () => {
      const r = random();
      return r < 0.05 ? pick(own) : r < 0.55 ? pick(common) : rare();
    };
    const sentence = (length: number) => {
      const text = Array.from({ length }, word).join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    };
    const paragraph = (wordCount: number) => {
      const sentences: string[] = [];
      for (let left = wordCount; left > 0; ) {
        const length = Math.min(left, between(8, 16));
        sentences.push(sentence(length));
        left -= length;
      }
      return sentences.join(' ');
    };
    const section = pick(sections);
    const published = new Date(start + random() * span);
    return {
      slug: `arkiv-${i + 1}`,
      headline: `${pick(own)} ${sentence(between(3, 7)).slice(0, -1).toLowerCase()}`.replace(/^./, (c) => c.toUpperCase()),
      lead: paragraph(between(18, 32)),
      body: Array.from({ length: between(5, 10) }, () => paragraph(between(30, 70))),
      tags: Array.from({ length: between(1, 3) }, () => pick(tags).name),
      section: { id: section.id, name: section.name },
      author: pick(authors).name,
      publishedAt: `${published.toISOString().slice(0, 19)}+00:00`,
    };
  });
  return [...real, ...generated];
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** A small, seedable generator, so that every run builds the same archive. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
