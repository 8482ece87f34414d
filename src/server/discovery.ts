import type { QueryClient } from '@tanstack/react-query';
import { create } from 'xmlbuilder2';
import { articleListQuery, articleQuery, sectionListQuery } from '../features/articles/api';
import type { Article, SectionWithDescription, Teaser } from '../features/articles/schema';
import { statsListQuery } from '../features/stats/api';
import type { StatsSummary } from '../features/stats/schema';
import { isApiError } from '../lib/apiError';
import type { Image } from '../lib/imageSchema';
import { paths } from '../lib/paths';
import { createQueryClient } from '../lib/queryClient';
import { strings } from '../lib/strings';

// What crawlers and feed readers find the site by: sitemaps, robots.txt and RSS.
// Built from the API through the app's own queries, so the same validation applies.

const NS = {
  xmlns: 'http://www.w3.org/2000/xmlns/',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** The largest page the API allows; fewer round trips for the whole list. */
const LIST_PAGE_SIZE = 50;
/** Article details fetched at once, so a large archive does not flood the API. */
const DETAIL_CONCURRENCY = 8;
/** Google News takes articles from the last two days only. */
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const FEED_LENGTH = 50;
const ENCLOSURE_WIDTH = 1200;
const LANGUAGE = 'sv';

/** The addresses this module answers, for the server to mount and pages to link to. */
export const discoveryPaths = {
  sitemap: '/sitemap.xml',
  newsSitemap: '/sitemap-news.xml',
  robots: '/robots.txt',
  /** The latest articles, or one section's. */
  feed: paths.feed,
};

/** An article as the index keeps it: the teaser plus what only the full article has. */
export type IndexedArticle = Teaser & Pick<Article, 'updatedAt' | 'tags'>;

/**
 * Text for xmlbuilder2, which leaves an `&` that starts something like an entity (`&lt;`,
 * `&#60;`) as it is: a headline that says `&lt;script&gt;` would reach a feed reader as
 * `<script>`. Every `&` escaped here first, the text reads back exactly as written.
 */
const literal = (text: string) => text.replaceAll('&', '&amp;');

/** Everything the sitemaps and feeds are built from, loaded once. */
export type SiteIndex = {
  /** Newest first, as the API lists them. */
  articles: IndexedArticle[];
  sections: SectionWithDescription[];
  stats: StatsSummary[];
};

export async function loadSiteIndex(): Promise<SiteIndex> {
  // gcTime 0: nothing is kept once the index is built.
  const queryClient = createQueryClient({ retry: false, gcTime: 0 });
  const [teasers, sections, stats] = await Promise.all([
    loadAllTeasers(queryClient),
    queryClient.fetchQuery(sectionListQuery()),
    queryClient.fetchQuery(statsListQuery()),
  ]);
  const articles = await mapWithLimit(teasers, DETAIL_CONCURRENCY, (teaser) => loadIndexedArticle(queryClient, teaser));
  return {
    articles: articles.filter((article) => article !== undefined),
    sections: sections.items,
    stats: stats.items,
  };
}

async function loadAllTeasers(queryClient: QueryClient): Promise<Teaser[]> {
  const first = await queryClient.fetchQuery(articleListQuery({ page: 1, pageSize: LIST_PAGE_SIZE }));
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, i) =>
      queryClient.fetchQuery(articleListQuery({ page: i + 2, pageSize: LIST_PAGE_SIZE })),
    ),
  );
  // An article may move to another page while the pages load; keep it once.
  const bySlug = new Map([first, ...rest].flatMap((page) => page.items).map((teaser) => [teaser.slug, teaser]));
  return [...bySlug.values()];
}

/** Teasers lack tags and updatedAt; an article removed since the list was read is left out. */
async function loadIndexedArticle(queryClient: QueryClient, teaser: Teaser): Promise<IndexedArticle | undefined> {
  try {
    const { updatedAt, tags } = await queryClient.fetchQuery(articleQuery(teaser.slug));
    return { ...teaser, updatedAt, tags };
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return undefined;
    throw error;
  }
}

async function mapWithLimit<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const absolute = (path: string, origin: string) => new URL(path, origin).href;
const time = (iso: string) => Date.parse(iso);
const lastModified = (article: IndexedArticle) => article.updatedAt ?? article.publishedAt;

/** The latest of some ISO dates, as it was given (with its offset), or undefined for none. */
function newest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((best, date) => (best === undefined || time(date) > time(best) ? date : best), undefined);
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

type SitemapEntry = { path: string; lastmod: string | undefined };

/** Every page worth indexing: front page, sections, topics, writers, statistics and articles. */
export function sitemapEntries(index: SiteIndex): SitemapEntry[] {
  const newestOf = (articles: IndexedArticle[]) => newest(articles.map(lastModified));
  const topics = groupBy(index.articles, (article) => article.tags.map((tag) => tag.id));
  const authors = groupBy(index.articles, (article) => [article.author.id]);
  return [
    { path: paths.home, lastmod: newestOf(index.articles) },
    ...index.sections.map((section) => ({
      path: paths.section(section.id),
      lastmod: newestOf(index.articles.filter((article) => article.section.id === section.id)),
    })),
    ...[...topics].map(([id, articles]) => ({ path: paths.tag(id), lastmod: newestOf(articles) })),
    ...[...authors].map(([id, articles]) => ({ path: paths.author(id), lastmod: newestOf(articles) })),
    { path: paths.stats(), lastmod: newest(index.stats.map((stats) => stats.updatedAt)) },
    ...index.stats.map((stats) => ({ path: paths.stats(stats.id), lastmod: stats.updatedAt })),
    ...index.articles.map((article) => ({ path: paths.article(article.slug), lastmod: lastModified(article) })),
  ];
}

const xmlDocument = () => create({ version: '1.0', encoding: 'UTF-8' });
const serialize = (root: ReturnType<typeof create>) => root.end({ prettyPrint: true });

/** Sitemap protocol 0.9. */
export function sitemapXml(index: SiteIndex, origin: string): string {
  const urlset = xmlDocument().ele(NS.sitemap, 'urlset');
  for (const { path, lastmod } of sitemapEntries(index)) {
    const url = urlset.ele(NS.sitemap, 'url');
    url.ele(NS.sitemap, 'loc').txt(literal(absolute(path, origin)));
    if (lastmod) url.ele(NS.sitemap, 'lastmod').txt(literal(lastmod));
  }
  return serialize(urlset);
}

/** Google News sitemap: the articles published in the two days up to `now`. */
export function newsSitemapXml(index: SiteIndex, origin: string, now: Date): string {
  const urlset = xmlDocument().ele(NS.sitemap, 'urlset').att(NS.xmlns, 'xmlns:news', NS.news);
  const recent = index.articles.filter((article) => {
    const age = now.getTime() - time(article.publishedAt);
    return age >= 0 && age <= NEWS_WINDOW_MS;
  });
  for (const article of recent) {
    const url = urlset.ele(NS.sitemap, 'url');
    url.ele(NS.sitemap, 'loc').txt(literal(absolute(paths.article(article.slug), origin)));
    const news = url.ele(NS.news, 'news:news');
    const publication = news.ele(NS.news, 'news:publication');
    publication.ele(NS.news, 'news:name').txt(literal(strings.siteName));
    publication.ele(NS.news, 'news:language').txt(literal(LANGUAGE));
    news.ele(NS.news, 'news:publication_date').txt(literal(article.publishedAt));
    news.ele(NS.news, 'news:title').txt(literal(article.headline));
  }
  return serialize(urlset);
}

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absolute(discoveryPaths.sitemap, origin)}`,
    `Sitemap: ${absolute(discoveryPaths.newsSitemap, origin)}`,
    '',
  ].join('\n');
}

const MEDIA_TYPES: Record<string, string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The picture for a feed item: the 1200-px source (else the widest), if its type is known. */
function enclosure(image: Image, origin: string): { url: string; type: string } | undefined {
  const source = image.sources.find((s) => s.width === ENCLOSURE_WIDTH) ?? [...image.sources].sort((a, b) => b.width - a.width)[0];
  const url = absolute(source?.url ?? image.src, origin);
  const extension = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
  const type = MEDIA_TYPES[extension];
  return type ? { url, type } : undefined;
}

/**
 * RSS 2.0: the latest articles, or one section's. Undefined for a section the
 * index does not know, so the server can answer 404.
 */
export function rssXml(index: SiteIndex, origin: string, options: { section?: string } = {}): string | undefined {
  const section = options.section === undefined ? undefined : index.sections.find((s) => s.id === options.section);
  if (options.section !== undefined && !section) return undefined;
  const articles = index.articles.filter((article) => !section || article.section.id === section.id).slice(0, FEED_LENGTH);

  const rss = xmlDocument()
    .ele('rss', { version: '2.0' })
    .att(NS.xmlns, 'xmlns:atom', NS.atom)
    .att(NS.xmlns, 'xmlns:dc', NS.dc);
  const channel = rss.ele('channel');
  channel.ele('title').txt(literal(section ? `${section.name} – ${strings.siteName}` : strings.siteName));
  channel.ele('link').txt(literal(absolute(section ? paths.section(section.id) : paths.home, origin)));
  channel.ele('description').txt(literal(section ? section.description : strings.siteDescription));
  channel.ele('language').txt(literal(LANGUAGE));
  channel.ele(NS.atom, 'atom:link', {
    href: absolute(discoveryPaths.feed(section?.id), origin),
    rel: 'self',
    type: 'application/rss+xml',
  });
  for (const article of articles) {
    const link = absolute(paths.article(article.slug), origin);
    const item = channel.ele('item');
    item.ele('title').txt(literal(article.headline));
    item.ele('link').txt(literal(link));
    item.ele('guid', { isPermaLink: 'true' }).txt(literal(link));
    item.ele('pubDate').txt(literal(new Date(article.publishedAt).toUTCString()));
    // <author> must be an e-mail address; the name goes in dc:creator.
    item.ele(NS.dc, 'dc:creator').txt(literal(article.author.name));
    item.ele('category').txt(literal(article.section.name));
    item.ele('description').txt(literal(article.lead));
    const picture = enclosure(article.image, origin);
    // The file's size is not known without fetching it; RSS allows 0.
    if (picture) item.ele('enclosure', { url: literal(picture.url), length: '0', type: picture.type });
  }
  return serialize(rss);
}
