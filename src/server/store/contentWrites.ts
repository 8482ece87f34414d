import type { Comment } from '../../features/comments/schema';
import type { StatsSet } from '../../features/stats/schema';
import type { ArticleRecord } from '../content/record';
import type { Db } from './database';

// Writes of content: what the seed package and `npm run content -- import` put in, each
// record replacing the one with the same id (an article: the same slug).

const utc = (iso: string) => new Date(iso).toISOString();

export type PhotoRecord = { name: string; width: number; height: number; variants: { file: string; width: number }[] };

export function contentWrites(db: Db, now: () => number) {
  const stamp = () => new Date(now()).toISOString();
  return {
    async isEmpty(): Promise<boolean> {
      const [article, section] = await Promise.all([
        db.selectFrom('articles').select('id').limit(1).executeTakeFirst(),
        db.selectFrom('sections').select('id').limit(1).executeTakeFirst(),
      ]);
      return !article && !section;
    },

    async putSections(sections: { id: string; name: string; description: string }[]): Promise<void> {
      for (const [position, section] of sections.entries()) {
        await db
          .insertInto('sections')
          .values({ ...section, position })
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: section.name, description: section.description, position }))
          .execute();
      }
    },
    async putTags(tags: { id: string; name: string }[]): Promise<void> {
      for (const tag of tags) {
        await db.insertInto('tags').values(tag).onConflict((oc) => oc.column('id').doUpdateSet({ name: tag.name })).execute();
      }
    },
    async putAuthors(authors: { id: string; name: string; role: string; bio: string; email?: string }[]): Promise<void> {
      for (const author of authors) {
        const row = { name: author.name, role: author.role, bio: author.bio, email: author.email ?? null };
        await db
          .insertInto('authors')
          .values({ id: author.id, ...row })
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
      }
    },
    async putStats(sets: StatsSet[]): Promise<void> {
      const last = await db.selectFrom('stats_sets').select((eb) => eb.fn.max('position').as('position')).executeTakeFirst();
      let position = Number(last?.position ?? -1);
      for (const set of sets) {
        const data = JSON.stringify(set);
        await db
          .insertInto('stats_sets')
          .values({ id: set.id, data, position: ++position })
          .onConflict((oc) => oc.column('id').doUpdateSet({ data }))
          .execute();
      }
    },
    async putPhotos(photos: PhotoRecord[]): Promise<void> {
      for (const photo of photos) {
        const row = { width: photo.width, height: photo.height, variants: JSON.stringify(photo.variants) };
        await db
          .insertInto('photos')
          .values({ name: photo.name, ...row, created_at: stamp() })
          .onConflict((oc) => oc.column('name').doUpdateSet(row))
          .execute();
      }
    },

    /** Inserts the article, or replaces the one with its slug (a new version); gives its id. */
    async putArticle(record: ArticleRecord): Promise<number> {
      const at = stamp();
      const row = {
        status: record.status,
        headline: record.headline,
        lead: record.lead,
        section_id: record.section.id,
        author_id: record.author.id,
        hero: JSON.stringify(record.hero),
        body: JSON.stringify(record.body),
        comments_enabled: record.commentsEnabled ? 1 : 0,
        published_at: record.publishedAt ? utc(record.publishedAt) : null,
        updated_at: record.updatedAt ? utc(record.updatedAt) : null,
        modified_at: at,
      };
      const existing = await db.selectFrom('articles').select(['id', 'version']).where('slug', '=', record.slug).executeTakeFirst();
      let id: number;
      if (existing) {
        await db.updateTable('articles').set({ ...row, version: existing.version + 1 }).where('id', '=', existing.id).execute();
        await db.deleteFrom('article_tags').where('article_id', '=', existing.id).execute();
        id = existing.id;
      } else {
        const created = record.createdAt ? utc(record.createdAt) : (row.published_at ?? at);
        ({ id } = await db.insertInto('articles').values({ slug: record.slug, ...row, created_at: created, version: 1 }).returning('id').executeTakeFirstOrThrow());
      }
      if (record.tags.length) {
        await db
          .insertInto('article_tags')
          .values(record.tags.map((tag, position) => ({ article_id: id, tag_id: tag.id, position })))
          .execute();
      }
      return id;
    },

    /** The demo comments, by article slug, keeping their ids (c1, c2, …). */
    async putComments(bySlug: Record<string, Comment[]>): Promise<void> {
      for (const [slug, comments] of Object.entries(bySlug)) {
        const article = await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst();
        if (!article) throw new Error(`Comments for an unknown article: ${slug}`);
        for (const comment of comments) {
          const number = Number(comment.id.slice(1));
          await db
            .insertInto('comments')
            .values({ number, article_id: article.id, author: comment.author, text: comment.text, posted_at: utc(comment.postedAt), state: comment.state === 'pending' ? 'pending' : 'published' })
            .onConflict((oc) => oc.column('number').doNothing())
            .execute();
        }
      }
    },
  };
}
