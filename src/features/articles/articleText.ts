import { countWords, readingMinutes } from '../../lib/format';
import { previewImage } from '../../lib/previewImage';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
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
  const url = (path: string) => new URL(path, origin).toString();
  const image = previewImage(article.hero);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.lead,
    image: [{ '@type': 'ImageObject', url: url(image.url), width: image.width, height: image.height }],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    ...(article.corrections?.length
      ? { correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.at })) }
      : {}),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name).join(', '),
    inLanguage: 'sv',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url(paths.article(article.slug)) },
    author: [{ '@type': 'Person', name: article.author.name, url: url(paths.author(article.author.id)) }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: strings.siteName,
      url: url(paths.home),
      logo: { '@type': 'ImageObject', url: url('/icons/icon-512.png'), width: 512, height: 512 },
    },
  };
}
