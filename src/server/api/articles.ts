import type { Store } from '../store/store';
import { type ApiApp, apiError, notFound, paging } from './respond';

export function articleRoutes(api: ApiApp, store: Store): void {
  const { content } = store;

  api.get('/api/sections', async (c) => c.json({ items: await content.sections() }));

  api.get('/api/tags/:id', async (c) => {
    const tag = await content.tag(c.req.param('id'));
    return tag ? c.json(tag) : notFound('Ämnet');
  });

  api.get('/api/articles', async (c) => {
    const url = new URL(c.req.url);
    const pages = paging(url, 10);
    if (pages instanceof Response) return pages;
    const section = url.searchParams.get('section') || undefined;
    const tag = url.searchParams.get('tag') || undefined;
    const author = url.searchParams.get('author') || undefined;
    if (section && !(await content.section(section))) return notFound('Sektionen');
    if (tag && !(await content.tag(tag))) return notFound('Ämnet');
    if (author && !(await content.author(author))) return notFound('Skribenten');
    const { items, total } = await content.teasers({ section, tag, author }, (pages.page - 1) * pages.pageSize, pages.pageSize);
    const totalPages = Math.ceil(total / pages.pageSize);
    if (pages.page > 1 && pages.page > totalPages) return apiError(404, 'not_found', 'Sidan finns inte');
    return c.json({ items, ...pages, total, totalPages });
  });

  api.get('/api/articles/:slug', async (c) => {
    const slug = c.req.param('slug');
    const article = await content.article(slug);
    if (article) return c.json(article);
    // Renamed after it was published: its earlier address leads to it. Taken down: gone, not unknown.
    const movedTo = await store.articles.movedTo(slug);
    if (movedTo) return apiError(301, 'moved', 'Artikeln har en ny adress', undefined, { Location: `/api/articles/${movedTo}` });
    if (await store.articles.isRemoved(slug)) return apiError(410, 'gone', 'Artikeln har tagits bort', undefined, { 'Cache-Control': 'public, max-age=60' });
    return notFound('Artikeln');
  });

  api.get('/api/authors/:id', async (c) => {
    const author = await content.author(c.req.param('id'));
    return author ? c.json(author) : notFound('Skribenten');
  });

  api.get('/api/stats', async (c) => c.json({ items: await content.statsList() }));

  api.get('/api/stats/:id', async (c) => {
    const stats = await content.stats(c.req.param('id'));
    return stats ? c.json(stats) : notFound('Statistiken');
  });
}
