import { http, HttpResponse } from 'msw';
import type { Article } from '../../src/features/articles/schema.ts';
import type { Comment } from '../../src/features/comments/schema.ts';
import type { StatsSet } from '../../src/features/stats/schema.ts';
import { image, p } from '../fixtures/build.ts';
import { apiError } from './respond.ts';

/**
 * Oversized content for the large-input benchmark: a 20 000-word article, 2 000
 * comments and a 10 000-point series. Reached only by these ids, never listed.
 */
const LARGE = { article: 'belastningstest', stats: 'belastningstest-serie', words: 20_000, comments: 2_000, points: 10_000 } as const;

// Our own filler sentences, repeated to length.
const SENTENCES = [
  'Det här är en lång testartikel som visar hur appen klarar mycket text.',
  'Domstolen prövade frågan i flera steg innan den kom fram till sitt avgörande.',
  'Myndigheten redovisade sitt uppdrag till regeringen i en skriftlig rapport.',
  'Statistiken behöver alltid läsas tillsammans med de förklaringar som källan ger.',
  'Läsaren ska kunna hitta tillbaka till samma ställe i texten även efter en omladdning.',
];

function paragraph(index: number): string {
  return Array.from({ length: 4 }, (_, i) => SENTENCES[(index + i) % SENTENCES.length]).join(' ');
}

function largeArticle(): Article {
  const wordsPerParagraph = paragraph(0).split(' ').length;
  const count = Math.ceil(LARGE.words / wordsPerParagraph);
  const body = Array.from({ length: count }, (_, i) => p(paragraph(i)));
  body.splice(10, 0, { type: 'chart', statsId: LARGE.stats, caption: 'En serie med 10 000 punkter (exempeldata)' });
  return {
    slug: LARGE.article,
    headline: 'Belastningstest: en artikel på 20 000 ord',
    lead: 'En konstgjord artikel som visar att långa texter, många kommentarer och stora dataserier fungerar.',
    section: { id: 'myndigheter', name: 'Myndigheter' },
    author: { id: 'william-eriksson', name: 'William Eriksson', role: 'Reporter' },
    publishedAt: '2026-11-01T08:00:00+01:00',
    image: image('arkiv', 'Rader av arkivskåp.', 'Testbild.', { name: 'Lina Ek', agency: 'Rättsläget' }),
    hero: image('arkiv', 'Rader av arkivskåp.', 'Testbild.', { name: 'Lina Ek', agency: 'Rättsläget' }),
    body,
    tags: [],
    related: [],
    commentsEnabled: true,
  };
}

function largeStats(): StatsSet {
  return {
    id: LARGE.stats,
    title: 'Belastningstest: 10 000 punkter',
    unit: 'st',
    description: 'En påhittad dagsserie för att mäta hur diagrammet klarar många punkter.',
    source: { name: 'Rättsläget (exempeldata)', url: 'https://example.se' },
    notes: ['Exempeldata.'],
    provenance: 'illustrative',
    updatedAt: '2024-01-01',
    series: [
      {
        id: 'varden',
        name: 'Värden',
        points: Array.from({ length: LARGE.points }, (_, i) => ({ period: String(100_000 + i), value: Math.round(500 + 200 * Math.sin(i / 50) + (i % 7) * 3) })),
      },
    ],
  };
}

const largeComments: Comment[] = Array.from({ length: LARGE.comments }, (_, i) => ({
  id: `bt-${i}`,
  author: `Läsare ${i + 1}`,
  text: SENTENCES[i % SENTENCES.length] ?? '',
  postedAt: new Date(Date.UTC(2026, 10, 1, 8) + i * 60_000).toISOString(),
  state: 'published',
}));

/** The oversized corner as fixed answers for the server's test switch; its comments are the first page, newest first. */
export function largeAnswers() {
  const newest = [...largeComments].reverse();
  const firstPage = { items: newest.slice(0, 20), page: 1, pageSize: 20, total: newest.length, totalPages: Math.ceil(newest.length / 20), order: 'newest' };
  return [
    { path: `/api/articles/${LARGE.article}`, body: largeArticle() },
    { path: `/api/stats/${LARGE.stats}`, body: largeStats() },
    { path: `/api/articles/${LARGE.article}/comments`, body: firstPage },
  ];
}

export const largeHandlers = [
  http.get(`*/api/articles/${LARGE.article}`, () => HttpResponse.json(largeArticle())),
  http.get(`*/api/stats/${LARGE.stats}`, () => HttpResponse.json(largeStats())),
  http.get(`*/api/articles/${LARGE.article}/comments`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const page = Number(query.get('page') ?? 1);
    const pageSize = Number(query.get('pageSize') ?? 20);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 50) {
      return apiError(422, 'validation_failed', 'Ogiltig sidindelning');
    }
    const ordered = query.get('order') === 'oldest' ? largeComments : [...largeComments].reverse();
    return HttpResponse.json({
      items: ordered.slice((page - 1) * pageSize, page * pageSize),
      page,
      pageSize,
      total: ordered.length,
      totalPages: Math.ceil(ordered.length / pageSize),
      order: query.get('order') === 'oldest' ? 'oldest' : 'newest',
    });
  }),
];
