import { z } from 'zod/mini';
import { onlyContentLinks } from '../../../features/articles/draftSchema';
import { articleSchema, tagSchema } from '../../../features/articles/schema';
import { imageSchema } from '../../../lib/imageSchema';
import { SLUG_PATTERN } from '../../../lib/paths';
import { nonEmpty, oneLine } from '../../../lib/schemaChecks';
import { can, type StaffMember } from '../../auth/roles';
import type { ArticleRecord } from '../../content/record';
import { SlugTaken, type NewsroomArticle } from '../../store/newsroomArticles';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import { apiError, notFound, requestBody, type ApiApp } from '../respond';
import { allow, signedIn } from './staffGuard';

// The newsroom's articles: drafts, review, publishing now or later, taking down, corrections,
// revisions. Every route checks the role (and for one article, the article) on the server.

const slug = z.string().check(z.regex(SLUG_PATTERN), z.maxLength(120));

/** A draft's picture may still lack its alt text and credit: publishing checks them. */
const draftImageSchema = z.object({ ...imageSchema.shape, credit: z.object({ name: z.string(), agency: z.optional(z.string()) }) });

/** Pictures in a draft's text may lack them too. */
const draftBlockSchema = z.union([z.object({ type: z.literal('image'), image: draftImageSchema }), articleSchema.shape.body.def.element]);

/** A draft as an editor sends it: the article's shape, the slug made from the headline unless given. */
export const draftSchema = z.object({
  slug: z.optional(slug),
  headline: z.string().check(z.trim(), nonEmpty, z.maxLength(300), oneLine),
  lead: z.string().check(z.trim(), z.maxLength(2000)),
  section: z.object({ id: slug }),
  author: z.object({ id: slug }),
  tags: z.optional(z.array(tagSchema)),
  hero: draftImageSchema,
  body: z.array(draftBlockSchema).check(onlyContentLinks),
  commentsEnabled: z.optional(z.boolean()),
});

export const publishSchema = z.object({ at: z.optional(z.iso.datetime({ offset: true })) });
export const correctionSchema = z.object({ text: z.string().check(z.trim(), nonEmpty, z.maxLength(2000)) });

const STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;

/** A slug from a Swedish headline: "Hovrätten ändrar domen" → "hovratten-andrar-domen". */
export function slugFromHeadline(headline: string): string {
  return (
    headline
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'artikel'
  );
}

/** What must be in place before readers see it, field by field. */
async function publishProblems(record: ArticleRecord, store: Store): Promise<Record<string, string[]>> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  if (!record.headline.trim()) add('headline', 'Rubriken saknas.');
  if (!record.lead.trim()) add('lead', 'Ingressen saknas.');
  if (!record.hero.alt.trim()) add('hero.alt', 'Bilden behöver en alternativtext.');
  if (!record.hero.credit.name.trim()) add('hero.credit', 'Bilden behöver en fotograf eller källa.');
  record.body.forEach((block, i) => {
    if (block.type !== 'image') return;
    if (!block.image.alt.trim()) add(`body.${i}.alt`, 'Bilden behöver en alternativtext.');
    if (!block.image.credit.name.trim()) add(`body.${i}.credit`, 'Bilden behöver en fotograf eller källa.');
  });
  // A chart draws a set that exists, under a caption: readers would otherwise meet an empty figure.
  for (const [i, block] of record.body.entries()) {
    if (block.type !== 'chart') continue;
    if (!block.statsId || !(await store.content.stats(block.statsId))) add(`body.${i}.statsId`, 'Diagrammet behöver en statistikserie som finns.');
    if (!block.caption.trim()) add(`body.${i}.caption`, 'Diagrammet behöver en bildtext.');
  }
  return problems;
}

const asArticle = (article: NewsroomArticle) => ({ id: article.id, version: article.version, scheduledAt: article.scheduledAt, modifiedAt: article.modifiedAt, ...article.record });

export function newsroomArticleRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress }): void {
  const base = '/api/newsroom/articles';

  /** The article by the path's id, if this staff member may edit it: else the 404 or 403 answer. */
  async function editable(staff: StaffMember, idParam: string): Promise<NewsroomArticle | Response> {
    const id = /^\d{1,12}$/.test(idParam) ? Number(idParam) : undefined;
    const article = id === undefined ? undefined : await store.articles.get(id);
    if (!article) return notFound('Artikeln');
    if (!can.editArticle(staff, { createdBy: article.createdBy, status: article.record.status })) return apiError(403, 'forbidden', 'Din roll får inte ändra den här artikeln');
    return article;
  }

  /** The draft checked: the shape, then that its section and writer exist. Gives the full record or the 422. */
  async function recordFrom(request: Request, status: ArticleRecord['status'], slugTaken: (slug: string) => boolean): Promise<ArticleRecord | Response> {
    const draft = await requestBody(request, draftSchema, 'Artikeln');
    if (draft instanceof Response) return draft;
    const [section, author] = await Promise.all([store.content.section(draft.section.id), store.content.author(draft.author.id)]);
    const fieldErrors: Record<string, string[]> = {};
    if (!section) fieldErrors.section = ['Okänd sektion.'];
    if (!author) fieldErrors.author = ['Okänd skribent.'];
    if (!section || !author) return apiError(422, 'validation_failed', 'Artikeln kunde inte tas emot', fieldErrors);
    let chosen = draft.slug ?? slugFromHeadline(draft.headline);
    if (!draft.slug) for (let n = 2; slugTaken(chosen); n++) chosen = `${slugFromHeadline(draft.headline)}-${n}`;
    return {
      slug: chosen,
      status,
      headline: draft.headline,
      lead: draft.lead,
      section: { id: section.id, name: section.name },
      author: { id: author.id, name: author.name, role: author.role },
      tags: draft.tags ?? [],
      hero: draft.hero,
      body: draft.body,
      commentsEnabled: draft.commentsEnabled ?? true,
    };
  }

  /** In the same transaction as the change (`tx`): the log never says what did not happen, nor misses what did. */
  const audit = (tx: Store, staff: StaffMember, c: Parameters<ClientAddress>[0], action: string, article: NewsroomArticle, details: object = {}) =>
    tx.staff.audit({ staffId: staff.id, action, subject: `artikel ${article.id} (${article.record.slug})`, details, address: options.clientAddress(c) });

  api.get(base, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const status = c.req.query('status');
    if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) return apiError(422, 'validation_failed', 'Okänd status', { status: [STATUSES.join(', ')] });
    const items = await store.articles.list({ status: status as (typeof STATUSES)[number] | undefined, query: c.req.query('q') });
    // A contributor sees what they wrote.
    return c.json({ items: staff.role === 'contributor' ? items.filter((item) => item.createdBy === staff.id) : items });
  });

  api.post(base, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const existing = new Set((await store.articles.list()).map((item) => item.slug));
    const record = await recordFrom(c.req.raw, 'draft', (s) => existing.has(s));
    if (record instanceof Response) return record;
    try {
      const id = await store.transaction(async (tx) => {
        const created = await tx.articles.create(record, staff.id);
        await tx.staff.audit({ staffId: staff.id, action: 'article-created', subject: `artikel ${created} (${record.slug})`, address: options.clientAddress(c) });
        return created;
      });
      const article = await store.articles.get(id);
      return c.json(article && asArticle(article), 201, { ETag: `"${article?.version}"` });
    } catch (error) {
      if (error instanceof SlugTaken) return apiError(409, 'slug_taken', 'Adressen används redan av en annan artikel', { slug: ['Välj en annan.'] });
      throw error;
    }
  });

  api.get(`${base}/:id`, allow(can.writeDrafts), async (c) => {
    const article = await editable(signedIn(c), c.req.param('id'));
    if (article instanceof Response) return article;
    return c.json({ ...asArticle(article), corrections: await store.articles.corrections(article.id) }, 200, { ETag: `"${article.version}"` });
  });

  api.put(`${base}/:id`, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const article = await editable(staff, c.req.param('id'));
    if (article instanceof Response) return article;
    const ifMatch = /^"?(\d+)"?$/.exec(c.req.header('If-Match') ?? '')?.[1];
    if (!ifMatch) return apiError(428, 'precondition_required', 'Skicka If-Match med versionen du utgick från');
    const record = await recordFrom(c.req.raw, article.record.status, () => false);
    if (record instanceof Response) return record;
    try {
      const result = await store.transaction(async (tx) => {
        const saved = await tx.articles.update(article.id, { ...record, publishedAt: article.record.publishedAt }, Number(ifMatch), staff.id);
        if ('version' in saved && record.slug !== article.record.slug && article.record.publishedAt) {
          await tx.staff.audit({ staffId: staff.id, action: 'article-renamed', subject: `artikel ${article.id} (${record.slug})`, details: { from: article.record.slug }, address: options.clientAddress(c) });
        }
        return saved;
      });
      // Someone saved meanwhile: both versions go back, so nothing is lost.
      if ('conflict' in result) return c.json({ error: { code: 'version_conflict', message: 'Någon annan har sparat artikeln sedan du öppnade den' }, current: asArticle(result.conflict) }, 412);
      const saved = await store.articles.get(article.id);
      return c.json(saved && asArticle(saved), 200, { ETag: `"${result.version}"` });
    } catch (error) {
      if (error instanceof SlugTaken) return apiError(409, 'slug_taken', 'Adressen används redan av en annan artikel', { slug: ['Välj en annan.'] });
      throw error;
    }
  });

  api.post(`${base}/:id/review`, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const article = await editable(staff, c.req.param('id'));
    if (article instanceof Response) return article;
    if (article.record.status !== 'draft') return apiError(409, 'wrong_status', 'Bara ett utkast kan skickas till granskning');
    await store.transaction(async (tx) => {
      await tx.articles.setStatus(article.id, 'review', staff.id);
      await tx.staff.audit({ staffId: staff.id, action: 'article-sent-for-review', subject: `artikel ${article.id} (${article.record.slug})`, address: options.clientAddress(c) });
    });
    return c.json(asArticle((await store.articles.get(article.id)) ?? article));
  });

  api.post(`${base}/:id/publish`, allow(can.publish), async (c) => {
    const staff = signedIn(c);
    const article = await editable(staff, c.req.param('id'));
    if (article instanceof Response) return article;
    const body = await requestBody(c.req.raw, publishSchema, 'Publiceringen');
    if (body instanceof Response) return body;
    const problems = await publishProblems(article.record, store);
    if (Object.keys(problems).length) return apiError(422, 'not_ready', 'Artikeln är inte klar att publicera', problems);
    const at = body.at ? new Date(body.at).toISOString() : undefined;
    const later = at !== undefined && Date.parse(at) > store.now();
    await store.transaction(async (tx) => {
      await tx.articles.setStatus(article.id, later ? 'scheduled' : 'published', staff.id, at);
      await audit(tx, staff, c, later ? 'article-scheduled' : 'article-published', article, later ? { at } : {});
    });
    return c.json(asArticle((await store.articles.get(article.id)) ?? article));
  });

  api.post(`${base}/:id/unpublish`, allow(can.publish), async (c) => {
    const staff = signedIn(c);
    const article = await editable(staff, c.req.param('id'));
    if (article instanceof Response) return article;
    await store.transaction(async (tx) => {
      await tx.articles.setStatus(article.id, 'unpublished', staff.id);
      await audit(tx, staff, c, 'article-unpublished', article);
    });
    return c.json(asArticle((await store.articles.get(article.id)) ?? article));
  });

  api.post(`${base}/:id/corrections`, allow(can.publish), async (c) => {
    const staff = signedIn(c);
    const article = await editable(staff, c.req.param('id'));
    if (article instanceof Response) return article;
    const body = await requestBody(c.req.raw, correctionSchema, 'Rättelsen');
    if (body instanceof Response) return body;
    await store.transaction(async (tx) => {
      await tx.articles.addCorrection(article.id, body.text, staff.id);
      await audit(tx, staff, c, 'article-corrected', article, { text: body.text });
    });
    return c.json({ corrections: await store.articles.corrections(article.id) }, 201);
  });

  api.get(`${base}/:id/revisions`, allow(can.writeDrafts), async (c) => {
    const article = await editable(signedIn(c), c.req.param('id'));
    if (article instanceof Response) return article;
    return c.json({ items: await store.articles.revisions(article.id) });
  });

  api.post(`${base}/:id/revisions/:version/restore`, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const article = await editable(staff, c.req.param('id'));
    if (article instanceof Response) return article;
    const revision = (await store.articles.revisions(article.id)).find((item) => String(item.version) === c.req.param('version'));
    if (!revision) return notFound('Versionen');
    const result = await store.transaction(async (tx) => {
      const saved = await tx.articles.update(article.id, { ...revision.record, status: article.record.status, publishedAt: article.record.publishedAt }, article.version, staff.id);
      await audit(tx, staff, c, 'article-restored', article, { version: revision.version });
      return saved;
    });
    if ('conflict' in result) return apiError(409, 'version_conflict', 'Någon annan sparade samtidigt; försök igen');
    return c.json(asArticle((await store.articles.get(article.id)) ?? article));
  });
}
