import { http, HttpResponse } from 'msw';
import { newCommentSchema } from '../../src/features/comments/schema.ts';
import { db } from '../db.ts';
import { apiError, idempotent, notFound, paging, requestBody } from './respond.ts';

/**
 * A reader is told apart by an anonymous id in a cookie, given with their first report:
 * a report counts once per reader, so one reader cannot speak for another.
 */
const READER_COOKIE = 'reader-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As long as a browser keeps a cookie (Chrome caps it at 400 days). */
const READER_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

function readerCookie(id: string, url: URL): string {
  const secure = url.protocol === 'https:' ? '; Secure' : '';
  return `${READER_COOKIE}=${id}; Path=/api; Max-Age=${READER_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure}`;
}

export const commentHandlers = [
  http.get('*/api/articles/:slug/comments', ({ params, request }) => {
    const slug = String(params.slug);
    if (!db.article(slug)) return notFound('Artikeln');
    const url = new URL(request.url);
    const pages = paging(url, 20);
    if (pages instanceof Response) return pages;
    const order = url.searchParams.get('order') ?? 'newest';
    if (order !== 'newest' && order !== 'oldest')
      return apiError(422, 'validation_failed', 'Ogiltig ordning', { order: ['newest eller oldest'] });
    return HttpResponse.json(db.comments(slug, pages.page, pages.pageSize, order));
  }),

  http.post('*/api/articles/:slug/comments', async ({ params, request }) => {
    const slug = String(params.slug);
    const article = db.article(slug);
    if (!article) return notFound('Artikeln');
    if (!article.commentsEnabled) return apiError(403, 'comments_closed', 'Kommentarerna är stängda');
    const comment = await requestBody(request, newCommentSchema, 'Kommentaren');
    if (comment instanceof Response) return comment;
    return idempotent(request, () => ({ status: 201, body: db.addComment(slug, comment.name, comment.text) }));
  }),

  http.post('*/api/comments/:id/reports', ({ params, request, cookies }) => {
    const id = String(params.id);
    if (!db.commentExists(id)) return notFound('Kommentaren');
    const known = cookies[READER_COOKIE];
    const readerId = known && UUID.test(known) ? known : crypto.randomUUID();
    const headers = readerId === known ? undefined : { 'Set-Cookie': readerCookie(readerId, new URL(request.url)) };
    return idempotent(
      request,
      () =>
        db.reportComment(id, readerId)
          ? { status: 201, body: { commentId: id, reported: true } }
          : { status: 409, body: { error: { code: 'already_reported', message: 'Du har redan anmält kommentaren' } } },
      headers,
    );
  }),
];
