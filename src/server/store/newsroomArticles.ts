import type { ArticleRecord } from '../content/record';
import type { ArticleStatus, Db } from './database';

// Articles as the newsroom works on them: any status, with their version (for If-Match),
// every saved version kept as a revision, earlier addresses kept for 301s, corrections.

export type NewsroomArticle = {
  id: number;
  version: number;
  createdBy: number | null;
  scheduledAt: string | null;
  modifiedAt: string;
  record: ArticleRecord;
};

export type ArticleSummary = { id: number; slug: string; headline: string; status: ArticleStatus; version: number; modifiedAt: string; publishedAt: string | null; scheduledAt: string | null; createdBy: number | null };

/** Another article has the slug (now, or as an earlier address). */
export class SlugTaken extends Error {}

export function newsroomArticles(db: Db, now: () => number) {
  const stamp = () => new Date(now()).toISOString();

  async function get(id: number): Promise<NewsroomArticle | undefined> {
    const row = await db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .innerJoin('authors', 'authors.id', 'articles.author_id')
      .selectAll('articles')
      .select(['sections.name as section_name', 'authors.name as author_name', 'authors.role as author_role'])
      .where('articles.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const tags = await db
      .selectFrom('article_tags')
      .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
      .select(['tags.id', 'tags.name'])
      .where('article_tags.article_id', '=', id)
      .orderBy('article_tags.position')
      .execute();
    return {
      id: row.id,
      version: row.version,
      createdBy: row.created_by,
      scheduledAt: row.scheduled_at,
      modifiedAt: row.modified_at,
      record: {
        slug: row.slug,
        status: row.status,
        headline: row.headline,
        lead: row.lead,
        section: { id: row.section_id, name: row.section_name },
        author: { id: row.author_id, name: row.author_name, role: row.author_role },
        tags,
        ...(row.published_at ? { publishedAt: row.published_at } : {}),
        ...(row.updated_at ? { updatedAt: row.updated_at } : {}),
        createdAt: row.created_at,
        hero: JSON.parse(row.hero) as ArticleRecord['hero'],
        body: JSON.parse(row.body) as ArticleRecord['body'],
        commentsEnabled: row.comments_enabled === 1,
      },
    };
  }

  async function assertSlugFree(slug: string, id: number | undefined): Promise<void> {
    const [current, earlier] = await Promise.all([
      db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst(),
      db.selectFrom('article_slugs').select('article_id').where('slug', '=', slug).executeTakeFirst(),
    ]);
    if ((current && current.id !== id) || (earlier && earlier.article_id !== id)) throw new SlugTaken(slug);
  }

  async function keepRevision(id: number, staffId: number | null): Promise<void> {
    const article = await get(id);
    if (!article) return;
    await db.insertInto('article_revisions').values({ article_id: id, version: article.version, data: JSON.stringify(article.record), staff_id: staffId, at: stamp() }).execute();
  }

  async function writeTags(id: number, tags: ArticleRecord['tags']): Promise<void> {
    await db.deleteFrom('article_tags').where('article_id', '=', id).execute();
    for (const tag of tags) await db.insertInto('tags').values(tag).onConflict((oc) => oc.column('id').doNothing()).execute();
    if (tags.length) await db.insertInto('article_tags').values(tags.map((tag, position) => ({ article_id: id, tag_id: tag.id, position }))).execute();
  }

  const columns = (record: ArticleRecord) => ({
    slug: record.slug,
    headline: record.headline,
    lead: record.lead,
    section_id: record.section.id,
    author_id: record.author.id,
    hero: JSON.stringify(record.hero),
    body: JSON.stringify(record.body),
    comments_enabled: record.commentsEnabled ? 1 : 0,
  });

  return {
    get,

    async list(filter: { status?: ArticleStatus; query?: string } = {}): Promise<ArticleSummary[]> {
      let query = db
        .selectFrom('articles')
        .select(['id', 'slug', 'headline', 'status', 'version', 'modified_at', 'published_at', 'scheduled_at', 'created_by'])
        .orderBy('modified_at', 'desc')
        .limit(200);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.query) query = query.where('headline', 'like', `%${filter.query.replace(/[%_\\]/g, '')}%`);
      return (await query.execute()).map((row) => ({
        id: row.id,
        slug: row.slug,
        headline: row.headline,
        status: row.status,
        version: row.version,
        modifiedAt: row.modified_at,
        publishedAt: row.published_at,
        scheduledAt: row.scheduled_at,
        createdBy: row.created_by,
      }));
    },

    /** A new draft (version 1, its first revision). */
    async create(record: ArticleRecord, staffId: number): Promise<number> {
      await assertSlugFree(record.slug, undefined);
      const at = stamp();
      const { id } = await db
        .insertInto('articles')
        .values({ ...columns(record), status: 'draft', published_at: null, updated_at: null, created_at: at, modified_at: at, version: 1, created_by: staffId, scheduled_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeTags(id, record.tags);
      await keepRevision(id, staffId);
      return id;
    },

    /**
     * Saves a new version if `expectedVersion` is still the current one (else gives the
     * current article: someone else saved meanwhile). A published article's earlier
     * address is kept, and it is marked updated.
     */
    async update(id: number, record: ArticleRecord, expectedVersion: number, staffId: number): Promise<{ version: number } | { conflict: NewsroomArticle }> {
      const current = await get(id);
      if (!current) throw new Error(`No article ${id}`);
      if (current.version !== expectedVersion) return { conflict: current };
      await assertSlugFree(record.slug, id);
      const published = current.record.status === 'published';
      if (record.slug !== current.record.slug && current.record.publishedAt) {
        await db.insertInto('article_slugs').values({ slug: current.record.slug, article_id: id }).onConflict((oc) => oc.column('slug').doNothing()).execute();
      }
      await db.deleteFrom('article_slugs').where('slug', '=', record.slug).execute();
      const version = current.version + 1;
      await db
        .updateTable('articles')
        .set({ ...columns(record), modified_at: stamp(), version, ...(published ? { updated_at: stamp() } : {}) })
        .where('id', '=', id)
        .execute();
      await writeTags(id, record.tags);
      await keepRevision(id, staffId);
      return { version };
    },

    /** Moves the article to `status`; publishing now sets the time, scheduling keeps `at`. A new version. */
    async setStatus(id: number, status: ArticleStatus, staffId: number | null, at?: string): Promise<number> {
      const current = await get(id);
      if (!current) throw new Error(`No article ${id}`);
      const version = current.version + 1;
      const moment = stamp();
      await db
        .updateTable('articles')
        .set({
          status,
          version,
          modified_at: moment,
          scheduled_at: status === 'scheduled' ? (at ?? null) : null,
          ...(status === 'published' && !current.record.publishedAt ? { published_at: moment } : {}),
        })
        .where('id', '=', id)
        .execute();
      await keepRevision(id, staffId);
      return version;
    },

    /** Publishes every scheduled article whose time has come, each once even with several instances; gives their ids. */
    async publishDue(): Promise<number[]> {
      const moment = stamp();
      const due = await db.selectFrom('articles').select(['id', 'scheduled_at', 'published_at']).where('status', '=', 'scheduled').where('scheduled_at', '<=', moment).execute();
      const published: number[] = [];
      for (const article of due) {
        // Only the instance whose update finds it still scheduled publishes it.
        const result = await db
          .updateTable('articles')
          .set((eb) => ({ status: 'published', published_at: article.published_at ?? article.scheduled_at, scheduled_at: null, modified_at: moment, version: eb('version', '+', 1) }))
          .where('id', '=', article.id)
          .where('status', '=', 'scheduled')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) published.push(article.id);
      }
      return published;
    },

    async addCorrection(id: number, text: string, staffId: number): Promise<void> {
      const moment = stamp();
      await db.insertInto('corrections').values({ article_id: id, at: moment, text, staff_id: staffId }).execute();
      await db.updateTable('articles').set((eb) => ({ updated_at: moment, modified_at: moment, version: eb('version', '+', 1) })).where('id', '=', id).execute();
    },
    async corrections(id: number): Promise<{ at: string; text: string }[]> {
      return db.selectFrom('corrections').select(['at', 'text']).where('article_id', '=', id).orderBy('id').execute();
    },

    async revisions(id: number): Promise<{ version: number; at: string; staff: string | null; record: ArticleRecord }[]> {
      const rows = await db
        .selectFrom('article_revisions')
        .leftJoin('staff', 'staff.id', 'article_revisions.staff_id')
        .select(['article_revisions.version', 'article_revisions.at', 'article_revisions.data', 'staff.name'])
        .where('article_revisions.article_id', '=', id)
        .orderBy('article_revisions.id', 'desc')
        .execute();
      return rows.map((row) => ({ version: row.version, at: row.at, staff: row.name, record: JSON.parse(row.data) as ArticleRecord }));
    },

    /** The current address of an article once published under `slug`, if it has moved. */
    async movedTo(slug: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('article_slugs')
        .innerJoin('articles', 'articles.id', 'article_slugs.article_id')
        .select('articles.slug')
        .where('article_slugs.slug', '=', slug)
        .where('articles.status', '=', 'published')
        .executeTakeFirst();
      return row?.slug;
    },
    /** Whether `slug` names an article that was published and has been taken down. */
    async isRemoved(slug: string): Promise<boolean> {
      const row = await db.selectFrom('articles').select('id').where('slug', '=', slug).where('status', '=', 'unpublished').executeTakeFirst();
      return row !== undefined;
    },
  };
}
