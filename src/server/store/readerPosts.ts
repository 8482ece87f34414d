import type { Comment } from '../../features/comments/schema';
import type { Db } from './database';

// What readers send: comments, reports of comments and tips, and
// the anonymous reader ids that tell one reader's reports from another's.

/** A comment's public id is "c" and its row number, which is never given twice. */
const commentId = (number: number) => `c${number}`;
const commentNumber = (id: string): number | undefined => {
  const digits = /^c([1-9]\d{0,14})$/.exec(id)?.[1];
  return digits === undefined ? undefined : Number(digits);
};

export type StoredTip = {
  articleId: number;
  recipients: string[];
  senderName: string;
  senderEmail: string;
  message: string | undefined;
  sentAt: string;
};

type CommentRow = { number: number; author: string; text: string; posted_at: string; state: 'published' | 'pending'; hidden_at: string | null };
/** A hidden comment keeps its place and id; its words are not in any answer. */
const toComment = (row: CommentRow): Comment =>
  row.hidden_at
    ? { id: commentId(row.number), author: '', text: '', postedAt: row.posted_at, state: 'removed' }
    : { id: commentId(row.number), author: row.author, text: row.text, postedAt: row.posted_at, state: row.state };

export function readerPosts(db: Db) {
  return {
    async publishedComments(articleId: number, order: 'newest' | 'oldest', offset: number, limit: number): Promise<{ items: Comment[]; total: number }> {
      const published = db.selectFrom('comments').where('article_id', '=', articleId).where('state', '=', 'published');
      const [rows, count] = await Promise.all([
        published
          .select(['number', 'author', 'text', 'posted_at', 'state', 'hidden_at'])
          .orderBy('number', order === 'newest' ? 'desc' : 'asc')
          .limit(limit)
          .offset(offset)
          .execute(),
        published.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toComment), total: Number(count.count) };
    },

    async addComment(articleId: number, fields: Omit<Comment, 'id' | 'state'> & { state: 'published' | 'pending' }, readerId: string | null): Promise<Comment> {
      const row = await db
        .insertInto('comments')
        .values({ article_id: articleId, author: fields.author, text: fields.text, posted_at: fields.postedAt, state: fields.state, reader_id: readerId })
        .returning('number')
        .executeTakeFirstOrThrow();
      return { id: commentId(row.number), ...fields };
    },

    async commentExists(id: string): Promise<boolean> {
      const number = commentNumber(id);
      if (number === undefined) return false;
      return (await db.selectFrom('comments').select('number').where('number', '=', number).executeTakeFirst()) !== undefined;
    },

    /**
     * Records a report unless this reader, or anyone from this address, has reported the
     * comment already: a client that drops its cookie does not get a new vote.
     */
    async addReport(id: string, readerId: string, address: string, at: string): Promise<boolean> {
      const number = commentNumber(id);
      if (number === undefined) return false;
      const earlier = await db
        .selectFrom('reports')
        .select('reader_id')
        .where('comment_number', '=', number)
        .where((eb) => eb.or([eb('reader_id', '=', readerId), eb('address', '=', address)]))
        .executeTakeFirst();
      if (earlier) return false;
      const inserted = await db
        .insertInto('reports')
        .values({ comment_number: number, reader_id: readerId, address, reported_at: at })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async readerExists(id: string): Promise<boolean> {
      return (await db.selectFrom('readers').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    },
    async addReader(id: string, at: string): Promise<void> {
      await db.insertInto('readers').values({ id, created_at: at }).execute();
    },

    async addTip(tip: StoredTip): Promise<void> {
      await db
        .insertInto('tips')
        .values({
          article_id: tip.articleId,
          recipients: JSON.stringify(tip.recipients),
          sender_name: tip.senderName,
          sender_email: tip.senderEmail,
          message: tip.message ?? null,
          sent_at: tip.sentAt,
        })
        .execute();
    },
  };
}
