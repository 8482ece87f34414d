import { z } from 'zod/mini';
import { nonEmpty, oneLine } from '../../../lib/schemaChecks';
import { can } from '../../auth/roles';
import type { ModerationStatus } from '../../store/moderation';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import type { Context } from 'hono';
import { apiError, notFound, requestBody, type ApiApp, type ApiEnv } from '../respond';
import { allow, signedIn } from './staffGuard';

// Comment moderation for moderators, editors and admins: what readers reported (most
// reported first), hiding with a reason, restoring, approving, deleting; blocking a reader
// id; and, for editors, reading and setting whether an article's comments are open,
// pre-moderated or closed.

const STATUSES = ['reported', 'hidden', 'pending', 'all'] as const;
export const hideSchema = z.object({ reason: z.string().check(z.trim(), nonEmpty, z.maxLength(300), oneLine) });
export const blockSchema = z.object({ reason: z.optional(z.string().check(z.trim(), z.maxLength(300), oneLine)) });
export const modeSchema = z.object({ mode: z.enum(['open', 'premoderated', 'closed']) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function newsroomCommentRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress }): void {
  const base = '/api/newsroom/comments';

  api.get(base, allow(can.moderate), async (c) => {
    const status = c.req.query('status') ?? 'reported';
    if (!(STATUSES as readonly string[]).includes(status)) return apiError(422, 'validation_failed', 'Okänd status', { status: [STATUSES.join(', ')] });
    return c.json({ items: await store.moderation.list(status as ModerationStatus) });
  });

  /** One moderation step on a comment, in one transaction with its audit entry; answers with the comment as it is now. */
  async function step(c: Context<ApiEnv, '/api/newsroom/comments/:id'>, action: string, work: (tx: Store, id: string) => Promise<void>, details: object = {}): Promise<Response> {
    const staff = signedIn(c);
    const id = c.req.param('id');
    if (!(await store.moderation.exists(id))) return notFound('Kommentaren');
    await store.transaction(async (tx) => {
      await work(tx, id);
      await tx.staff.audit({ staffId: staff.id, action, subject: `kommentar ${id}`, details, address: options.clientAddress(c) });
    });
    return c.json({ comment: (await store.moderation.list('all', 1_000)).find((item) => item.id === id) });
  }

  api.post(`${base}/:id/hide`, allow(can.moderate), async (c) => {
    const body = await requestBody(c.req.raw, hideSchema, 'Begäran');
    if (body instanceof Response) return body;
    const staff = signedIn(c);
    return step(c, 'comment-hidden', (tx, id) => tx.moderation.hide(id, body.reason, staff.id), body);
  });
  api.post(`${base}/:id/restore`, allow(can.moderate), (c) => step(c, 'comment-restored', (tx, id) => tx.moderation.restore(id)));
  api.post(`${base}/:id/approve`, allow(can.moderate), (c) => step(c, 'comment-approved', (tx, id) => tx.moderation.approve(id)));
  api.delete(`${base}/:id`, allow(can.moderate), async (c) => {
    const staff = signedIn(c);
    const id = c.req.param('id');
    if (!(await store.moderation.exists(id))) return notFound('Kommentaren');
    await store.transaction(async (tx) => {
      await tx.moderation.remove(id);
      await tx.staff.audit({ staffId: staff.id, action: 'comment-deleted', subject: `kommentar ${id}`, address: options.clientAddress(c) });
    });
    return new Response(null, { status: 204 });
  });

  api.post('/api/newsroom/readers/:readerId/block', allow(can.moderate), async (c) => {
    const staff = signedIn(c);
    const readerId = c.req.param('readerId');
    if (!UUID.test(readerId)) return notFound('Läsaren');
    const body = await requestBody(c.req.raw, blockSchema, 'Blockeringen');
    if (body instanceof Response) return body;
    await store.transaction(async (tx) => {
      await tx.moderation.block(readerId, staff.id, body.reason);
      await tx.staff.audit({ staffId: staff.id, action: 'reader-blocked', subject: `läsare ${readerId}`, details: body, address: options.clientAddress(c) });
    });
    return c.json({ readerId, blocked: true });
  });

  const articleId = (c: Context<ApiEnv, '/api/newsroom/articles/:id/comments'>) => (/^\d{1,12}$/.test(c.req.param('id')) ? Number(c.req.param('id')) : undefined);

  api.get('/api/newsroom/articles/:id/comments', allow(can.publish), async (c) => {
    const id = articleId(c);
    const mode = id === undefined ? undefined : await store.moderation.commentMode(id);
    if (!mode) return notFound('Artikeln');
    return c.json({ id, mode });
  });

  api.post('/api/newsroom/articles/:id/comments', allow(can.publish), async (c) => {
    const staff = signedIn(c);
    const id = articleId(c);
    const article = id === undefined ? undefined : await store.articles.get(id);
    if (!article) return notFound('Artikeln');
    const body = await requestBody(c.req.raw, modeSchema, 'Inställningen');
    if (body instanceof Response) return body;
    await store.transaction(async (tx) => {
      await tx.moderation.setCommentMode(article.id, body.mode);
      await tx.staff.audit({ staffId: staff.id, action: 'article-comments', subject: `artikel ${article.id} (${article.record.slug})`, details: body, address: options.clientAddress(c) });
    });
    return c.json({ id: article.id, mode: body.mode });
  });
}
