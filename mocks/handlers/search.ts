import { http, HttpResponse } from 'msw';
import type { z } from 'zod/mini';
import { MAX_SUGGESTIONS } from '../../src/features/search/limits.ts';
import { searchRequestSchema, suggestRequestSchema } from '../../src/features/search/schema.ts';
import { db } from '../db.ts';
import { articleDocuments } from '../search/articleDocuments.ts';
import { createSearchIndex } from '../search/searchIndex.ts';
import { apiError, paging } from './respond.ts';

// Built once, when the mock API starts, over the fixture articles.
const index = createSearchIndex(articleDocuments());
const teasers = new Map(db.listTeasers({ page: 1, pageSize: Number.MAX_SAFE_INTEGER }).items.map((t) => [t.slug, t]));

const MESSAGES: Record<string, string> = {
  q: 'Ange en sökfråga på 1–200 tecken.',
  section: 'Okänd sektion.',
  year: 'Ska vara ett årtal med fyra siffror.',
  sort: 'Ska vara relevance eller newest.',
};

/** The query string checked against the request schema, or the 422 answer. */
function queryParams<Schema extends z.ZodMiniType>(url: URL, schema: Schema): z.output<Schema> | Response {
  const raw = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'page' && key !== 'pageSize'));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'q');
    fieldErrors[field] = [MESSAGES[field] ?? 'Ogiltigt värde.'];
  }
  return apiError(422, 'validation_failed', 'Ogiltig sökning', fieldErrors);
}

export const searchHandlers = [
  http.get('*/api/search', ({ request }) => {
    const url = new URL(request.url);
    const pages = paging(url, 10);
    if (pages instanceof Response) return pages;
    const params = queryParams(url, searchRequestSchema);
    if (params instanceof Response) return params;
    if (params.section && !db.section(params.section)) return apiError(422, 'validation_failed', 'Ogiltig sökning', { section: [MESSAGES.section ?? ''] });
    const filter = { section: params.section, year: params.year ? Number(params.year) : undefined, sort: params.sort };
    const found = index.search(params.q, filter);
    const total = found.slugs.length;
    const totalPages = Math.ceil(total / pages.pageSize);
    if (pages.page > 1 && pages.page > totalPages) return apiError(404, 'not_found', 'Sidan finns inte');
    const start = (pages.page - 1) * pages.pageSize;
    const items = found.slugs.slice(start, start + pages.pageSize).flatMap((slug) => {
      const article = teasers.get(slug);
      return article ? [{ article, snippet: found.snippet(slug) }] : [];
    });
    const suggestion = total === 0 ? index.didYouMean(params.q, filter) : undefined;
    return HttpResponse.json({ items, ...pages, total, totalPages, ...(suggestion ? { suggestion } : {}) });
  }),

  http.get('*/api/search/suggest', ({ request }) => {
    const params = queryParams(new URL(request.url), suggestRequestSchema);
    if (params instanceof Response) return params;
    return HttpResponse.json({ items: index.suggest(params.q, MAX_SUGGESTIONS) });
  }),
];
