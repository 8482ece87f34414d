import { http, HttpResponse } from 'msw';
import { newCommentSchema } from '../../src/features/comments/schema.ts';
import { db } from '../db.ts';
import { apiError, idempotent, notFound, paging, requestBody } from './respond.ts';

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
    return idempotent(request, db.remembered, () => ({ status: 201, body: db.addComment(slug, comment.name, comment.text) }), db.remember);
  }),

  http.post('*/api/comments/:id/reports', ({ params, request }) => {
    const id = String(params.id);
    if (!db.commentExists(id)) return notFound('Kommentaren');
    return idempotent(
      request,
      db.remembered,
      () =>
        db.reportComment(id)
          ? { status: 201, body: { commentId: id, reported: true } }
          : { status: 409, body: { error: { code: 'already_reported', message: 'Kommentaren är redan anmäld' } } },
      db.remember,
    );
  }),
];
