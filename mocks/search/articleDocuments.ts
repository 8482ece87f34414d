import type { Block } from '../../src/features/articles/schema.ts';
import { db } from '../db.ts';
import type { SearchDocument } from './searchIndex.ts';

/** The text a reader sees in a body block; pictures and charts have none worth finding. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.content.map((node) => node.text).join('');
    case 'subheading':
      return block.text;
    case 'quote':
      return [block.text, block.speaker, block.role].filter(Boolean).join(' – ');
    case 'factBox':
      return [block.title, ...block.items].join(' ');
    case 'image':
    case 'chart':
    case 'newsletterCta':
      return '';
  }
}

/** Every article in the fixture db, read through its own accessors, as the index wants it. */
export function articleDocuments(): SearchDocument[] {
  const { items } = db.listTeasers({ page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  return items.map((teaser) => {
    const article = db.article(teaser.slug);
    if (!article) throw new Error(`Listed but not found: ${teaser.slug}`);
    return {
      slug: article.slug,
      headline: article.headline,
      lead: article.lead,
      body: article.body.map(blockText).filter(Boolean),
      tags: article.tags.map((t) => t.name),
      section: article.section,
      author: article.author.name,
      publishedAt: article.publishedAt,
    };
  });
}
