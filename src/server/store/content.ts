import { sql, type ExpressionBuilder } from 'kysely';
import type { Article, SectionWithDescription, Teaser } from '../../features/articles/schema';
import { articleSchema } from '../../features/articles/schema';
import type { Author } from '../../features/authors/schema';
import type { StatsSet, StatsSummary } from '../../features/stats/schema';
import { statsSetSchema } from '../../features/stats/schema';
import type { Database, Db } from './database';

// Reads of what readers are shown: published articles as teasers and in full, sections,
// topics, writers and statistics. The JSON columns are checked by the API's own schemas
// on the way out, so a bad row is an error here, not a broken page.

export type TeaserFilter = { section?: string; tag?: string; author?: string };

const RELATED_COUNT = 3;

const heroSchema = articleSchema.shape.hero;
const bodySchema = articleSchema.shape.body;

function teaserQuery(db: Db) {
  return db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .innerJoin('authors', 'authors.id', 'articles.author_id')
    .where('articles.status', '=', 'published')
    .select([
      'articles.id',
      'articles.slug',
      'articles.headline',
      'articles.lead',
      'articles.hero',
      'articles.published_at',
      'sections.id as section_id',
      'sections.name as section_name',
      'authors.id as author_id',
      'authors.name as author_name',
      'authors.role as author_role',
    ]);
}

type TeaserRow = {
  slug: string;
  headline: string;
  lead: string;
  hero: string;
  published_at: string | null;
  section_id: string;
  section_name: string;
  author_id: string;
  author_name: string;
  author_role: string;
};

function toTeaser(row: TeaserRow): Teaser {
  if (!row.published_at) throw new Error(`Published article ${row.slug} has no publication time`);
  return {
    slug: row.slug,
    headline: row.headline,
    lead: row.lead,
    section: { id: row.section_id, name: row.section_name },
    author: { id: row.author_id, name: row.author_name, role: row.author_role },
    publishedAt: row.published_at,
    image: heroSchema.parse(JSON.parse(row.hero)),
  };
}

export function contentReads(db: Db) {
  return {
    async sections(): Promise<SectionWithDescription[]> {
      return db.selectFrom('sections').select(['id', 'name', 'description']).orderBy('position').execute();
    },
    async section(id: string) {
      return db.selectFrom('sections').select(['id', 'name', 'description']).where('id', '=', id).executeTakeFirst();
    },
    async tag(id: string) {
      return db.selectFrom('tags').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
    },
    /** Every writer, by name: the newsroom's byline picker. */
    async authors(): Promise<{ id: string; name: string; role: string }[]> {
      const rows = await db.selectFrom('authors').select(['id', 'name', 'role']).execute();
      return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },
    async author(id: string): Promise<Author | undefined> {
      const row = await db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, name: row.name, role: row.role, bio: row.bio, ...(row.email ? { email: row.email } : {}) };
    },

    /** A page of published teasers, newest first, and how many match in all. */
    async teasers(filter: TeaserFilter, offset: number, limit: number): Promise<{ items: Teaser[]; total: number }> {
      let query = teaserQuery(db);
      if (filter.section) query = query.where('articles.section_id', '=', filter.section);
      if (filter.author) query = query.where('articles.author_id', '=', filter.author);
      if (filter.tag) {
        const tag = filter.tag;
        query = query.where(({ exists, selectFrom }) =>
          exists(selectFrom('article_tags').select('article_tags.article_id').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_id', '=', tag)),
        );
      }
      const [rows, count] = await Promise.all([
        query.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).offset(offset).execute(),
        query.clearSelect().select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toTeaser), total: Number(count.count) };
    },

    /** A published article with its topics and up to three related ones (most shared topics, then newest). */
    async article(slug: string): Promise<Article | undefined> {
      const row = await teaserQuery(db)
        .select(['articles.body', 'articles.updated_at', 'articles.comments_enabled'])
        .where('articles.slug', '=', slug)
        .executeTakeFirst();
      if (!row) return undefined;
      // The article's own topics, as a subquery: the three reads go to the database at once.
      const ownTags = (eb: ExpressionBuilder<Database, 'articles'>) => eb.selectFrom('article_tags as own').select('own.tag_id').where('own.article_id', '=', row.id);
      const [tags, related, corrections] = await Promise.all([
        db
          .selectFrom('article_tags')
          .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
          .select(['tags.id', 'tags.name'])
          .where('article_tags.article_id', '=', row.id)
          .orderBy('article_tags.position')
          .execute(),
        teaserQuery(db)
          .select((eb) =>
            sql<number>`(${eb
              .selectFrom('article_tags')
              .select(eb.fn.countAll().as('n'))
              .whereRef('article_tags.article_id', '=', 'articles.id')
              .where('article_tags.tag_id', 'in', ownTags(eb))}) + case when ${eb.ref('articles.section_id')} = ${row.section_id} then 1 else 0 end`.as('shared'),
          )
          .where('articles.id', '<>', row.id)
          .where((eb) =>
            eb.or([
              eb('articles.section_id', '=', row.section_id),
              eb.exists(eb.selectFrom('article_tags').select('article_tags.article_id').whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_id', 'in', ownTags(eb))),
            ]),
          )
          .orderBy('shared', 'desc')
          .orderBy('articles.published_at', 'desc')
          .limit(RELATED_COUNT)
          .execute(),
        db.selectFrom('corrections').select(['at', 'text']).where('article_id', '=', row.id).orderBy('id').execute(),
      ]);
      return {
        ...toTeaser(row),
        ...(row.updated_at ? { updatedAt: row.updated_at } : {}),
        hero: heroSchema.parse(JSON.parse(row.hero)),
        body: bodySchema.parse(JSON.parse(row.body)),
        tags,
        related: related.map(toTeaser),
        commentsEnabled: row.comments_enabled === 1,
        ...(corrections.length ? { corrections } : {}),
      };
    },

    /** The id of a published article, for what hangs off it (comments, tips). */
    async publishedArticle(slug: string): Promise<{ id: number; commentsEnabled: boolean; premoderated: boolean } | undefined> {
      const row = await db
        .selectFrom('articles')
        .select(['id', 'comments_enabled', 'comments_premoderated'])
        .where('slug', '=', slug)
        .where('status', '=', 'published')
        .executeTakeFirst();
      return row && { id: row.id, commentsEnabled: row.comments_enabled === 1, premoderated: row.comments_premoderated === 1 };
    },

    /** Every published article without its related ones (the search index's input), in two queries. */
    async publishedArticles(): Promise<Omit<Article, 'related'>[]> {
      const rows = await teaserQuery(db).select(['articles.body', 'articles.updated_at', 'articles.comments_enabled']).orderBy('articles.published_at', 'desc').execute();
      const tagRows = await db
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .innerJoin('articles', 'articles.id', 'article_tags.article_id')
        .where('articles.status', '=', 'published')
        .select(['article_tags.article_id', 'tags.id', 'tags.name'])
        .orderBy('article_tags.article_id')
        .orderBy('article_tags.position')
        .execute();
      const tagsOf = new Map<number, { id: string; name: string }[]>();
      for (const { article_id, id, name } of tagRows) tagsOf.set(article_id, [...(tagsOf.get(article_id) ?? []), { id, name }]);
      return rows.map((row) => ({
        ...toTeaser(row),
        ...(row.updated_at ? { updatedAt: row.updated_at } : {}),
        hero: heroSchema.parse(JSON.parse(row.hero)),
        body: bodySchema.parse(JSON.parse(row.body)),
        tags: tagsOf.get(row.id) ?? [],
        commentsEnabled: row.comments_enabled === 1,
      }));
    },

    /** Published teasers by slug, for a page of search hits. */
    async teasersBySlug(slugs: string[]): Promise<Map<string, Teaser>> {
      if (!slugs.length) return new Map();
      const rows = await teaserQuery(db).where('articles.slug', 'in', slugs).execute();
      return new Map(rows.map((row) => [row.slug, toTeaser(row)]));
    },

    /** Changes whenever any article is added, changed or removed: what the search index is checked against. */
    async stamp(): Promise<string> {
      const row = await db
        .selectFrom('articles')
        .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.max('modified_at').as('modified')])
        .executeTakeFirstOrThrow();
      return `${row.count}/${row.modified ?? ''}`;
    },

    async statsList(): Promise<StatsSummary[]> {
      const rows = await db.selectFrom('stats_sets').select('data').orderBy('position').execute();
      return rows.map((row) => {
        const { series: _series, ...summary } = statsSetSchema.parse(JSON.parse(row.data));
        return summary;
      });
    },
    async stats(id: string): Promise<StatsSet | undefined> {
      const row = await db.selectFrom('stats_sets').select('data').where('id', '=', id).executeTakeFirst();
      return row && statsSetSchema.parse(JSON.parse(row.data));
    },
  };
}
