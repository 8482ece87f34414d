import { http, HttpResponse } from 'msw';
import { db } from '../db.ts';
import { apiError, notFound, paging } from './respond.ts';

export const articleHandlers = [
  http.get('*/api/sections', () => HttpResponse.json({ items: db.sections() })),

  http.get('*/api/tags/:id', ({ params }) => {
    const tag = db.tag(String(params.id));
    return tag ? HttpResponse.json(tag) : notFound('Ämnet');
  }),

  http.get('*/api/articles', ({ request }) => {
    const url = new URL(request.url);
    const pages = paging(url, 10);
    if (pages instanceof Response) return pages;
    const section = url.searchParams.get('section') || undefined;
    const tag = url.searchParams.get('tag') || undefined;
    const author = url.searchParams.get('author') || undefined;
    if (section && !db.section(section)) return notFound('Sektionen');
    if (tag && !db.tag(tag)) return notFound('Ämnet');
    if (author && !db.author(author)) return notFound('Skribenten');
    const result = db.listTeasers({ section, tag, author, ...pages });
    if (pages.page > 1 && pages.page > result.totalPages) return apiError(404, 'not_found', 'Sidan finns inte');
    return HttpResponse.json(result);
  }),

  http.get('*/api/articles/:slug', ({ params }) => {
    const article = db.article(String(params.slug));
    return article ? HttpResponse.json(article) : notFound('Artikeln');
  }),
];
