import type { ArticleRecord } from '../../src/server/content/record.ts';
import { articles, tags } from '../fixtures/articles.ts';
import { authors } from '../fixtures/authors.ts';
import { generateArchive } from './archive.ts';

/**
 * The generated archive (archive.ts) as articles for the store: what `npm run content --
 * import` takes, one a line. Only the generated articles: the seed package's are in the
 * store already. Their pictures are the first seed article's.
 */
export function archiveRecords(count: number, seed = 1): ArticleRecord[] {
  const hero = articles[0]?.hero;
  if (!hero) throw new Error('The fixtures have no article to borrow a picture from');
  const seedSlugs = new Set(articles.map((article) => article.slug));
  return generateArchive(count, seed)
    .filter((document) => !seedSlugs.has(document.slug))
    .map((document) => {
      const author = authors.find((a) => a.name === document.author);
      if (!author) throw new Error(`No writer named ${document.author}`);
      const tagList = [...new Set(document.tags)].map((name) => {
        const tag = tags.find((t) => t.name === name);
        if (!tag) throw new Error(`No topic named ${name}`);
        return tag;
      });
      return {
        slug: document.slug,
        status: 'published',
        headline: document.headline,
        lead: document.lead,
        section: { id: document.section.id, name: document.section.name },
        author: { id: author.id, name: author.name, role: author.role },
        tags: tagList,
        publishedAt: document.publishedAt,
        hero,
        body: document.body.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        commentsEnabled: true,
      };
    });
}
