import type { Db } from './database';

// The newsroom's side of comments: what readers reported, hiding and restoring, deleting,
// approving what waits, blocking a reader id, and the reports a digest has not told of yet.

export type ModerationStatus = 'reported' | 'hidden' | 'pending' | 'all';

export type ModeratedComment = {
  id: string;
  article: { id: number; slug: string; headline: string };
  author: string;
  text: string;
  postedAt: string;
  state: 'published' | 'pending';
  readerId: string | null;
  reports: number;
  hidden: { at: string; reason: string | null; byStaff: boolean } | null;
};

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

    async setCommentMode(articleId: number, mode: 'open' | 'premoderated' | 'closed'): Promise<void> {
      await db
        .updateTable('articles')
        .set({ comments_enabled: mode === 'closed' ? 0 : 1, comments_premoderated: mode === 'premoderated' ? 1 : 0, modified_at: stamp() })
        .where('id', '=', articleId)
        .execute();
    },

    /** Reports no digest has told of, marked as told in the same go (call inside a transaction). */
    async takeUndigestedReports(): Promise<{ commentId: string; articleHeadline: string; reportedAt: string }[]> {
      const rows = await db
        .selectFrom('reports')
        .innerJoin('comments', 'comments.number', 'reports.comment_number')
        .innerJoin('articles', 'articles.id', 'comments.article_id')
        .select(['reports.comment_number', 'reports.reported_at', 'articles.headline'])
        .where('reports.digested_at', 'is', null)
        .orderBy('reports.reported_at')
        .execute();
      if (rows.length) await db.updateTable('reports').set({ digested_at: stamp() }).where('digested_at', 'is', null).execute();
      return rows.map((row) => ({ commentId: `c${row.comment_number}`, articleHeadline: row.headline, reportedAt: row.reported_at }));
    },
  };
}
