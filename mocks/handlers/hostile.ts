import { http, HttpResponse } from 'msw';
import type { Article, Teaser } from '../../src/features/articles/schema.ts';
import type { Comment } from '../../src/features/comments/schema.ts';
import type { StatsSet } from '../../src/features/stats/schema.ts';
import { image } from '../fixtures/build.ts';
import { XSS_PAYLOADS } from '../fixtures/xssPayloads.ts';

/**
 * A hostile corner of the mock API for the XSS suite: every text field of an
 * article, its author, its statistics and its comments carries every payload.
 * Reached only through these ids; never listed anywhere else.
 */
const HOSTILE = { article: 'xss-alla', author: 'xss-skribent', stats: 'xss-statistik' } as const;

const ALL = XSS_PAYLOADS.join(' ');

const hostileImage = () => ({ ...image('lagbok', ALL, ALL, { name: ALL, agency: ALL }) });

const teaser = (payload: string, i: number): Teaser => ({
  slug: `xss-${i}`,
  headline: payload,
  lead: payload,
  section: { id: 'brott', name: payload },
  author: { id: HOSTILE.author, name: payload, role: payload },
  publishedAt: '2026-11-20T08:00:00+01:00',
  image: hostileImage(),
});

function hostileArticle(): Article {
  return {
    slug: HOSTILE.article,
    headline: ALL,
    lead: ALL,
    section: { id: 'brott', name: ALL },
    author: { id: HOSTILE.author, name: ALL, role: ALL },
    publishedAt: '2026-11-20T08:00:00+01:00',
    image: hostileImage(),
    hero: hostileImage(),
    tags: XSS_PAYLOADS.slice(0, 5).map((name, i) => ({ id: `xss-${i}`, name })),
    related: XSS_PAYLOADS.slice(0, 3).map(teaser),
    commentsEnabled: true,
    body: [
      ...XSS_PAYLOADS.flatMap((payload) => [
        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: payload }, { type: 'emphasis' as const, text: payload }, { type: 'link' as const, text: payload, href: payload }] },
        { type: 'quote' as const, text: payload, speaker: payload, role: payload },
      ]),
      { type: 'subheading', id: 'farligt', text: ALL },
      { type: 'factBox', title: ALL, items: XSS_PAYLOADS },
      { type: 'image', image: hostileImage() },
      { type: 'chart', statsId: HOSTILE.stats, caption: ALL },
      { type: 'newsletterCta', title: ALL, text: ALL },
    ],
  };
}

function hostileStats(): StatsSet {
  return {
    id: HOSTILE.stats,
    title: ALL,
    unit: ALL,
    description: ALL,
    source: { name: ALL, url: 'javascript:window.__xss=1' },
    notes: XSS_PAYLOADS,
    provenance: 'illustrative',
    updatedAt: '2024-01-01',
    series: XSS_PAYLOADS.slice(0, 3).map((name, i) => ({ id: `s${i}`, name, points: [{ period: '2023', value: i }, { period: '2024', value: i + 1 }] })),
  };
}

const hostileComments = (): Comment[] =>
  XSS_PAYLOADS.map((payload, i) => ({ id: `xss-${i}`, author: payload, text: payload, postedAt: '2026-11-20T09:00:00+01:00', state: 'published' }));

/**
 * The same corner as fixed answers, for the server's test switch (`PUT /api/__mock/answers`):
 * the server's store holds only real content, so the browser tests hand it these.
 */
export function hostileAnswers() {
  return [
    { path: `/api/articles/${HOSTILE.article}`, body: hostileArticle() },
    {
      path: `/api/articles/${HOSTILE.article}/comments`,
      body: { items: hostileComments(), page: 1, pageSize: XSS_PAYLOADS.length, total: XSS_PAYLOADS.length, totalPages: 1, order: 'newest' },
    },
    { path: `/api/authors/${HOSTILE.author}`, body: { id: HOSTILE.author, name: ALL, role: ALL, bio: ALL, email: 'xss@example.se' } },
    { path: '/api/articles', query: { author: HOSTILE.author }, body: hostileTeaserPage() },
    { path: `/api/stats/${HOSTILE.stats}`, body: hostileStats() },
  ];
}

function hostileTeaserPage() {
  const items = XSS_PAYLOADS.slice(0, 10).map(teaser);
  return { items, page: 1, pageSize: 10, total: items.length, totalPages: 1 };
}

export const hostileHandlers = [
  http.get(`*/api/articles/${HOSTILE.article}`, () => HttpResponse.json(hostileArticle())),
  http.get(`*/api/articles/${HOSTILE.article}/comments`, () =>
    HttpResponse.json({ items: hostileComments(), page: 1, pageSize: XSS_PAYLOADS.length, total: XSS_PAYLOADS.length, totalPages: 1, order: 'newest' }),
  ),
  http.get(`*/api/authors/${HOSTILE.author}`, () => HttpResponse.json({ id: HOSTILE.author, name: ALL, role: ALL, bio: ALL, email: 'xss@example.se' })),
  http.get('*/api/articles', ({ request }) => {
    if (new URL(request.url).searchParams.get('author') !== HOSTILE.author) return undefined;
    return HttpResponse.json(hostileTeaserPage());
  }),
  http.get(`*/api/stats/${HOSTILE.stats}`, () => HttpResponse.json(hostileStats())),
];
