import type { ArticleRecord } from '../content/record';
import type { Db } from './database';

/** Every article in the store, whatever its status, as `npm run content -- export` writes them. */
export async function* articleRecords(db: Db, batch = 500): AsyncGenerator<ArticleRecord> {
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .innerJoin('authors', 'authors.id', 'articles.author_id')
      .selectAll('articles')
      .select(['sections.name as section_name', 'authors.name as author_name', 'authors.role as author_role'])
      .where('articles.id', '>', after)
      .orderBy('articles.id')
      .limit(batch)
      .execute();
    if (!rows.length) return;
    const tags = await db
      .selectFrom('article_tags')
      .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
      .select(['article_tags.article_id', 'tags.id', 'tags.name'])
      .where('article_tags.article_id', 'in', rows.map((row) => row.id))
      .orderBy('article_tags.position')
      .execute();
    for (const row of rows) {
      yield {
        slug: row.slug,
        status: row.status,
        headline: row.headline,
        lead: row.lead,
        section: { id: row.section_id, name: row.section_name },
        author: { id: row.author_id, name: row.author_name, role: row.author_role },
        tags: tags.filter((tag) => tag.article_id === row.id).map(({ id, name }) => ({ id, name })),
        ...(row.published_at ? { publishedAt: row.published_at } : {}),
        ...(row.updated_at ? { updatedAt: row.updated_at } : {}),
        createdAt: row.created_at,
        hero: JSON.parse(row.hero) as ArticleRecord['hero'],
        body: JSON.parse(row.body) as ArticleRecord['body'],
        commentsEnabled: row.comments_enabled === 1,
      };
    }
    after = rows.at(-1)?.id ?? after;
  }
}

/** The ids of sections, writers and topics in the store, for checking an import before it starts. */
export async function knownReferences(db: Db) {
  const [sections, authors] = await Promise.all([db.selectFrom('sections').select('id').execute(), db.selectFrom('authors').select('id').execute()]);
  return { sections: new Set(sections.map((row) => row.id)), authors: new Set(authors.map((row) => row.id)) };
}
