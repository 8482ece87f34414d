import type { z } from 'zod/mini';
import { MAX_SUGGESTIONS } from '../../features/search/limits';
import { searchRequestSchema, suggestRequestSchema } from '../../features/search/schema';
import type { SearchService } from '../search/searchService';
import type { Store } from '../store/store';
import { type ApiApp, apiError, paging } from './respond';

const MESSAGES: Record<string, string> = {
  q: 'Ange en sökfråga på 1–200 tecken.',
  section: 'Okänd sektion.',
  year: 'Ska vara ett årtal med fyra siffror.',
  sort: 'Ska vara relevance eller newest.',
};

/** The query string checked against the request schema, or the 422 answer (the dev mock checks with it too). */
export function queryParams<Schema extends z.ZodMiniType>(url: URL, schema: Schema): z.output<Schema> | Response {
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

export function searchRoutes(api: ApiApp, store: Store, search: SearchService): void {
  api.get('/api/search', async (c) => {
    const url = new URL(c.req.url);
    const pages = paging(url, 10);
    if (pages instanceof Response) return pages;
    const params = queryParams(url, searchRequestSchema);
    if (params instanceof Response) return params;
    if (params.section && !(await store.content.section(params.section))) return apiError(422, 'validation_failed', 'Ogiltig sökning', { section: [MESSAGES.section ?? ''] });
    const filter = { section: params.section, year: params.year ? Number(params.year) : undefined, sort: params.sort };
    const index = await search.index();
    const found = await index.search(params.q, filter);
    const total = found.slugs.length;
    const totalPages = Math.ceil(total / pages.pageSize);
    if (pages.page > 1 && pages.page > totalPages) return apiError(404, 'not_found', 'Sidan finns inte');
    const start = (pages.page - 1) * pages.pageSize;
    const slugs = found.slugs.slice(start, start + pages.pageSize);
    const [teasers, snippets] = await Promise.all([store.content.teasersBySlug(slugs), found.snippets(slugs)]);
    const items = slugs.flatMap((slug) => {
      const article = teasers.get(slug);
      const snippet = snippets.get(slug);
      return article && snippet ? [{ article, snippet }] : [];
    });
    const suggestion = total === 0 ? await index.didYouMean(params.q, filter) : undefined;
    return c.json({ items, ...pages, total, totalPages, ...(suggestion ? { suggestion } : {}) });
  });

  api.get('/api/search/suggest', async (c) => {
    const params = queryParams(new URL(c.req.url), suggestRequestSchema);
    if (params instanceof Response) return params;
    return c.json({ items: await (await search.index()).suggest(params.q, MAX_SUGGESTIONS) });
  });
}
