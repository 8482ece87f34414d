import { http, HttpResponse } from 'msw';
import { MAX_SUGGESTIONS } from '../../src/features/search/limits.ts';
import { searchRequestSchema, suggestRequestSchema } from '../../src/features/search/schema.ts';
import { db } from '../db.ts';
import { articleDocuments } from '../search/articleDocuments.ts';
import { createSearchIndex } from '../../src/server/search/searchIndex.ts';
import { queryParams } from '../../src/server/api/search.ts';
import { apiError, paging } from './respond.ts';

// Built once, when the mock API starts, over the fixture articles.
const index = createSearchIndex(articleDocuments());
const teasers = new Map(db.listTeasers({ page: 1, pageSize: Number.MAX_SAFE_INTEGER }).items.map((t) => [t.slug, t]));

export const searchHandlers = [
  http.get('*/api/search', ({ request }) => {
    const url = new URL(request.url);
    const pages = paging(url, 10);
    if (pages instanceof Response) return pages;
    const params = queryParams(url, searchRequestSchema);
    if (params instanceof Response) return params;
    if (params.section && !db.section(params.section)) return apiError(422, 'validation_failed', 'Ogiltig sökning', { section: ['Okänd sektion.'] });
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
