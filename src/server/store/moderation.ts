import type { Db } from './database';

// The newsroom's side of comments: what readers reported, hiding and restoring, deleting,
// approving what waits, blocking a reader id, and the reports a digest has not told of yet.

export type ModerationStatus = 'reported' | 'hidden' | 'pending' | 'all';
/** Whether readers may comment on an article, and whether their comments wait for approval. */
export type CommentMode = 'open' | 'premoderated' | 'closed';

export type ModeratedComment = {
  id: string;
  article: { id: number; slug: string; headline: string };
  author: string;
  text: string;
  postedAt: string;
  state: 'published' | 'pending';
  readerId: string | null;
  /** The writer's reader id is blocked from commenting. */
  readerBlocked: boolean;
  reports: number;
  hidden: { at: string; reason: string | null; byStaff: boolean } | null;
};

/** A reported comment as a moderators' digest tells of it. */
export type DigestItem = Pick<ModeratedComment, 'id' | 'article' | 'author' | 'text' | 'reports'> & { newReports: number; hidden: boolean };

const number = (id: string) => {
  const digits = /^c([1-9]\d{0,14})$/.exec(id)?.[1];
  return digits === undefined ? undefined : Number(digits);
};

export function moderation(db: Db, now: () => number) {
  const stamp = () => new Date(now()).toISOString();
  const base = () =>
    db
      .selectFrom('comments')
      .innerJoin('articles', 'articles.id', 'comments.article_id')
      .leftJoin('blocked_readers', 'blocked_readers.reader_id', 'comments.reader_id')
      .select((eb) => [
        'comments.number',
        'comments.author',
        'comments.text',
        'comments.posted_at',
        'comments.state',
        'comments.reader_id',
        'comments.hidden_at',
        'comments.hidden_reason',
        'comments.hidden_by',
        'articles.id as article_id',
        'articles.slug',
        'articles.headline',
        'blocked_readers.reader_id as blocked_reader',
        eb.selectFrom('reports').select((r) => r.fn.countAll<number | string>().as('n')).whereRef('reports.comment_number', '=', 'comments.number').as('reports'),
      ]);

  return {
    async list(status: ModerationStatus, limit = 100): Promise<ModeratedComment[]> {
      let query = base();
      if (status === 'reported') query = query.where(({ exists, selectFrom }) => exists(selectFrom('reports').select('reports.comment_number').whereRef('reports.comment_number', '=', 'comments.number')));
      if (status === 'hidden') query = query.where('comments.hidden_at', 'is not', null);
      if (status === 'pending') query = query.where('comments.state', '=', 'pending').where('comments.hidden_at', 'is', null);
      const rows = await query.orderBy('reports', 'desc').orderBy('comments.number', 'desc').limit(limit).execute();
      return rows.map((row) => ({
        id: `c${row.number}`,
        article: { id: row.article_id, slug: row.slug, headline: row.headline },
        author: row.author,
        text: row.text,
        postedAt: row.posted_at,
        state: row.state,
        readerId: row.reader_id,
        readerBlocked: row.blocked_reader !== null,
        reports: Number(row.reports ?? 0),
        hidden: row.hidden_at ? { at: row.hidden_at, reason: row.hidden_reason, byStaff: row.hidden_by !== null } : null,
      }));
    },

    async exists(id: string): Promise<boolean> {
      const n = number(id);
      return n !== undefined && (await db.selectFrom('comments').select('number').where('number', '=', n).executeTakeFirst()) !== undefined;
    },
    async hide(id: string, reason: string, staffId: number | null): Promise<void> {
      await db.updateTable('comments').set({ hidden_at: stamp(), hidden_reason: reason, hidden_by: staffId }).where('number', '=', number(id) ?? -1).execute();
    },
    async restore(id: string): Promise<void> {
      await db.updateTable('comments').set({ hidden_at: null, hidden_reason: null, hidden_by: null }).where('number', '=', number(id) ?? -1).execute();
    },
    async approve(id: string): Promise<void> {
      await db.updateTable('comments').set({ state: 'published' }).where('number', '=', number(id) ?? -1).execute();
    },
    async remove(id: string): Promise<void> {
      await db.deleteFrom('comments').where('number', '=', number(id) ?? -1).execute();
    },

    /** Hides a comment that `threshold` different readers have reported, until a moderator decides. */
    async hideIfReportedBy(id: string, threshold: number): Promise<boolean> {
      const n = number(id);
      if (n === undefined) return false;
      const { count } = await db.selectFrom('reports').select((eb) => eb.fn.countAll<number | string>().as('count')).where('comment_number', '=', n).executeTakeFirstOrThrow();
      if (Number(count) < threshold) return false;
      const hidden = await db
        .updateTable('comments')
        .set({ hidden_at: stamp(), hidden_reason: `Anmäld av ${Number(count)} läsare`, hidden_by: null })
        .where('number', '=', n)
        .where('hidden_at', 'is', null)
        .executeTakeFirst();
      return Number(hidden.numUpdatedRows) === 1;
    },

    async block(readerId: string, staffId: number, reason: string | undefined): Promise<void> {
      await db.insertInto('blocked_readers').values({ reader_id: readerId, at: stamp(), staff_id: staffId, reason: reason ?? null }).onConflict((oc) => oc.column('reader_id').doNothing()).execute();
    },
    async isBlocked(readerId: string): Promise<boolean> {
      return (await db.selectFrom('blocked_readers').select('reader_id').where('reader_id', '=', readerId).executeTakeFirst()) !== undefined;
    },

    async commentMode(articleId: number): Promise<CommentMode | undefined> {
      const row = await db.selectFrom('articles').select(['comments_enabled', 'comments_premoderated']).where('id', '=', articleId).executeTakeFirst();
      return row && (row.comments_enabled !== 1 ? 'closed' : row.comments_premoderated === 1 ? 'premoderated' : 'open');
    },
    async setCommentMode(articleId: number, mode: CommentMode): Promise<void> {
      await db
        .updateTable('articles')
        .set({ comments_enabled: mode === 'closed' ? 0 : 1, comments_premoderated: mode === 'premoderated' ? 1 : 0, modified_at: stamp() })
        .where('id', '=', articleId)
        .execute();
    },

    /** When the last moderators' digest went, if one has. */
    async lastDigestAt(): Promise<string | undefined> {
      const row = await db.selectFrom('moderation_digests').select('sent_at').orderBy('sent_at', 'desc').limit(1).executeTakeFirst();
      return row?.sent_at;
    },

    /**
     * The comments with reports no digest has told of (most new reports first): those reports
     * are marked as told first, so a report that comes meanwhile waits for the next digest;
     * the digest is recorded with them. Call inside a transaction.
     */
    async takeUndigestedReports(recipients: number): Promise<DigestItem[]> {
      const moment = stamp();
      const told = Number((await db.updateTable('reports').set({ digested_at: moment }).where('digested_at', 'is', null).executeTakeFirst()).numUpdatedRows);
      if (told === 0) return [];
      await db.insertInto('moderation_digests').values({ sent_at: moment, reports: told, recipients }).execute();
      const rows = await base()
        .select((eb) => eb.selectFrom('reports').select((r) => r.fn.countAll<number | string>().as('n')).whereRef('reports.comment_number', '=', 'comments.number').where('reports.digested_at', '=', moment).as('fresh'))
        .where(({ exists, selectFrom }) => exists(selectFrom('reports').select('reports.comment_number').whereRef('reports.comment_number', '=', 'comments.number').where('reports.digested_at', '=', moment)))
        .orderBy('fresh', 'desc')
        .orderBy('comments.number')
        .execute();
      return rows.map((row) => ({
        id: `c${row.number}`,
        article: { id: row.article_id, slug: row.slug, headline: row.headline },
        author: row.author,
        text: row.text,
        newReports: Number(row.fresh ?? 0),
        reports: Number(row.reports ?? 0),
        hidden: row.hidden_at !== null,
      }));
    },
  };
}
