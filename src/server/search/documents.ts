import type { Article, Block } from '../../features/articles/schema';
import type { SearchDocument } from './searchIndex';

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

/** What the index keeps of an article: its words by field, and what it is filtered by. */
export function searchDocument(article: Omit<Article, 'related'>): SearchDocument {
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
}
