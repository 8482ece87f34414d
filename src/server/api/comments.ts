import { getCookie } from 'hono/cookie';
import { newCommentSchema } from '../../features/comments/schema';
import type { Store } from '../store/store';
import type { ClientAddress } from './guards';
import { apiError, idempotent, notFound, paging, requestBody, type ApiApp } from './respond';

/**
 * A reader is told apart by an anonymous id in a cookie, given with their first report
 * and kept in the store (so every instance knows it): a report counts once per reader
 * and once per address, so one client cannot speak for many by dropping its cookie.
 */
const READER_COOKIE = 'reader-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As long as a browser keeps a cookie (Chrome caps it at 400 days). */
const READER_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

/** Links wait for a moderator; everything else is published at once. */
const needsReview = (text: string) => /https?:\/\//i.test(text);

export function commentRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress; secureCookies: boolean; hideThreshold: number }): void {
  const readerCookie = (id: string) =>
    `${READER_COOKIE}=${id}; Path=/api; Max-Age=${READER_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${options.secureCookies ? '; Secure' : ''}`;

  /** The reader's id from the cookie if the store gave it out, or a new one (with the cookie to set). */
  const readerOf = async (cookie: string | undefined) => {
    const known = cookie !== undefined && UUID.test(cookie) && (await store.readers.readerExists(cookie));
    return known ? { readerId: cookie, isNew: false } : { readerId: crypto.randomUUID(), isNew: true };
  };

  api.get('/api/articles/:slug/comments', async (c) => {
    const article = await store.content.publishedArticle(c.req.param('slug'));
    if (!article) return notFound('Artikeln');
    const url = new URL(c.req.url);
    const pages = paging(url, 20);
    if (pages instanceof Response) return pages;
    const order = url.searchParams.get('order') ?? 'newest';
    if (order !== 'newest' && order !== 'oldest') return apiError(422, 'validation_failed', 'Ogiltig ordning', { order: ['newest eller oldest'] });
    const { items, total } = await store.readers.publishedComments(article.id, order, (pages.page - 1) * pages.pageSize, pages.pageSize);
    return c.json({ items, ...pages, total, totalPages: Math.ceil(total / pages.pageSize), order });
  });

  api.post('/api/articles/:slug/comments', async (c) => {
    const article = await store.content.publishedArticle(c.req.param('slug'));
    if (!article) return notFound('Artikeln');
    if (!article.commentsEnabled) return apiError(403, 'comments_closed', 'Kommentarerna är stängda');
    const comment = await requestBody(c.req.raw, newCommentSchema, 'Kommentaren');
    if (comment instanceof Response) return comment;
    const reader = await readerOf(getCookie(c, READER_COOKIE));
    if (!reader.isNew && (await store.moderation.isBlocked(reader.readerId))) return apiError(403, 'blocked', 'Du kan inte kommentera på Rättsläget');
    const headers = reader.isNew ? { 'Set-Cookie': readerCookie(reader.readerId) } : undefined;
    return idempotent(
      store,
      c.req.raw,
      async (tx) => {
        const at = new Date(tx.now()).toISOString();
        if (reader.isNew) await tx.readers.addReader(reader.readerId, at);
        // Links, and every comment on an article the newsroom pre-moderates, wait for a moderator.
        const state = article.premoderated || needsReview(comment.text) ? 'pending' : 'published';
        return { status: 201, body: await tx.readers.addComment(article.id, { author: comment.name, text: comment.text, postedAt: at, state }, reader.readerId) };
      },
      headers,
    );
  });

  api.post('/api/comments/:id/reports', async (c) => {
    const id = c.req.param('id');
    if (!(await store.readers.commentExists(id))) return notFound('Kommentaren');
    const { readerId, isNew } = await readerOf(getCookie(c, READER_COOKIE));
    const headers = isNew ? { 'Set-Cookie': readerCookie(readerId) } : undefined;
    const address = options.clientAddress(c);
    return idempotent(
      store,
      c.req.raw,
      async (tx) => {
        const at = new Date(tx.now()).toISOString();
        if (isNew) await tx.readers.addReader(readerId, at);
        if (!(await tx.readers.addReport(id, readerId, address, at))) return { status: 409, body: { error: { code: 'already_reported', message: 'Du har redan anmält kommentaren' } } };
        // Enough different readers: hidden until a moderator decides.
        await tx.moderation.hideIfReportedBy(id, options.hideThreshold);
        return { status: 201, body: { commentId: id, reported: true } };
      },
      headers,
    );
  });
}
