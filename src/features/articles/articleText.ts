import { countWords, readingMinutes } from '../../lib/format';
import type { Article, Block } from './schema';

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.content.map((node) => node.text).join('');
    case 'subheading':
    case 'quote':
      return block.text;
    case 'factBox':
      return [block.title, ...block.items].join(' ');
    case 'image':
    case 'chart':
    case 'newsletterCta':
      return '';
  }
}

export function articleReadingMinutes(article: Pick<Article, 'headline' | 'lead' | 'body'>): number {
  const words = countWords([article.headline, article.lead, ...article.body.map(blockText)].join(' '));
  return readingMinutes(words);
}

/** schema.org NewsArticle for search engines and link previews. */
export function newsArticleJsonLd(article: Article, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.lead,
    image: article.hero.sources.map((s) => new URL(s.url, origin).toString()),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name).join(', '),
    inLanguage: 'sv-SE',
    mainEntityOfPage: new URL(`/artikel/${article.slug}`, origin).toString(),
    author: [{ '@type': 'Person', name: article.author.name, url: new URL(`/skribent/${article.author.id}`, origin).toString() }],
  };
}
