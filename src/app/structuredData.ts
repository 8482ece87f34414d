import type { Teaser } from '../features/articles/schema';
import type { Author } from '../features/authors/schema';
import { paths } from '../lib/paths';

// schema.org types for the list pages (articles carry NewsArticle, features/articles/articleText.ts).

const absolute = (path: string, origin: string) => new URL(path, origin).toString();

function itemList(teasers: Teaser[], origin: string) {
  return {
    '@type': 'ItemList',
    itemListElement: teasers.map((teaser, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: absolute(paths.article(teaser.slug), origin),
      name: teaser.headline,
    })),
  };
}

/** A section's or topic's page: a collection of articles. */
export function collectionPageJsonLd(page: { name: string; description: string; path: string; teasers: Teaser[] }, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: absolute(page.path, origin),
    inLanguage: 'sv',
    mainEntity: itemList(page.teasers, origin),
  };
}

/** A writer's page. */
export function profilePageJsonLd(author: Author, teasers: Teaser[], origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absolute(paths.author(author.id), origin),
    inLanguage: 'sv',
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      jobTitle: author.role,
      description: author.bio,
      url: absolute(paths.author(author.id), origin),
    },
    hasPart: itemList(teasers, origin),
  };
}
