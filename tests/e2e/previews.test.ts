import ogs from 'open-graph-scraper';
import { describe, expect, inject, it } from 'vitest';
import { POLICE, readable } from './browser';

// What a link preview or a crawler sees: the served HTML as it is, no browser, no script run.

const baseUrl = inject('baseUrl');
const absolute = (path: string) => new URL(path, baseUrl).toString();

async function servedHtml(path: string): Promise<string> {
  const response = await fetch(absolute(path));
  expect(response.status, path).toBe(200);
  expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
  return response.text();
}

/** Everything before </head>: the tags a crawler reads without rendering the page. */
function headOf(html: string): string {
  const end = html.indexOf('</head>');
  expect(end, 'the page has a </head>').toBeGreaterThan(0);
  return html.slice(0, end);
}

/** The page's tags as a preview scraper reads them, from the head alone. */
async function previewOf(html: string) {
  const { error, result } = await ogs({ html: headOf(html), onlyGetOpenGraphInfo: true });
  expect(error).toBe(false);
  return result;
}

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every `content` of the meta tags with this property in the head, in order. */
function metaAll(html: string, property: string): string[] {
  const tags = headOf(html).match(/<meta [^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    if (!tag.includes(`property="${property}"`) && !tag.includes(`name="${property}"`)) return [];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    return content === undefined ? [] : [decode(content)];
  });
}

function titleOf(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(headOf(html));
  return match?.[1] && decode(match[1]);
}

function canonicalOf(html: string): string | undefined {
  const href = /<link rel="canonical" href="([^"]*)"/.exec(headOf(html))?.[1];
  return href && decode(href);
}

/** The page's h1 as text: its markup and soft hyphens stripped. */
function h1Of(html: string): string[] {
  return [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => readable(decode((match[1] ?? '').replace(/<[^>]+>/g, ''))));
}

type JsonLd = Record<string, unknown> & { '@type': string };

function jsonLdOf(html: string): JsonLd[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? '') as JsonLd);
}

function onlyJsonLd(html: string, type: string): JsonLd {
  const blocks = jsonLdOf(html);
  expect(blocks.map((block) => block['@type'])).toEqual([type]);
  return blocks[0] as JsonLd;
}

type ApiArticle = {
  headline: string;
  lead: string;
  publishedAt: string;
  updatedAt?: string;
  section: { name: string };
  tags: { name: string }[];
  author: { id: string; name: string };
  hero: { alt: string; width: number; height: number; sources: { url: string; width: number }[] };
};

/** The article as the API gives it (uncompressed: compression has its own tests, in ssr.test.ts). */
async function apiArticle(slug: string): Promise<ApiArticle> {
  const response = await fetch(absolute(`/api/articles/${slug}`), { headers: { 'Accept-Encoding': 'identity' } });
  return response.json() as Promise<ApiArticle>;
}

const PAGES = [
  {
    path: POLICE,
    h1: 'Polisens jämställdhetsarbete gav fler anmälda sexköp',
    title: 'Polisens jämställdhetsarbete gav fler anmälda sexköp – Rättsläget',
    description: /^När polisen fick i uppdrag att arbeta in ett jämställdhetsperspektiv/,
  },
  { path: '/sektion/brott', h1: 'Brott och straff', title: 'Brott och straff – Rättsläget', description: /^Brottsutveckling, polisens arbete och straffrätt\.$/ },
  {
    path: '/skribent/william-eriksson',
    h1: 'William Eriksson',
    title: 'William Eriksson, skribent – Rättsläget',
    description: /^William Eriksson bevakar polisen och rättsväsendet\./,
  },
  {
    path: '/statistik/sexkop-anmalda',
    h1: 'Anmälda brott om köp av sexuell tjänst',
    title: 'Anmälda brott om köp av sexuell tjänst – Rättsläget',
    description: /^Antal anmälda brott om köp av sexuell tjänst i hela landet, per år\.$/,
  },
];

describe('the served HTML of each kind of page, as a crawler reads it', () => {
  for (const { path, h1, title, description } of PAGES) {
    it(`${path}: its h1, its own title and description, an absolute canonical link and preview tags`, async () => {
      const html = await servedHtml(path);
      expect(h1Of(html)).toEqual([h1]);
      expect(titleOf(html)).toBe(title);
      expect(metaAll(html, 'description')).toEqual([expect.stringMatching(description)]);
      expect(canonicalOf(html)).toBe(absolute(path));

      const preview = await previewOf(html);
      expect(preview.ogSiteName).toBe('Rättsläget');
      expect(preview.ogLocale).toBe('sv_SE');
      expect(preview.ogTitle).toBe(title.replace(/ – Rättsläget$/, ''));
      expect(preview.ogDescription).toMatch(description);
      expect(preview.ogUrl).toBe(absolute(path));
      expect(preview.twitterCard).toMatch(/^summary/);
    });
  }
});

describe('a shared article link', () => {
  it('previews with its title, description, 1200-px image, times, section and tags', async () => {
    const article = await apiArticle(POLICE.split('/').pop() ?? '');
    const html = await servedHtml(POLICE);
    const preview = await previewOf(html);
    const rendition = article.hero.sources.find((source) => source.width === 1200);
    expect(rendition, 'the hero has a 1200-px rendition').toBeDefined();

    expect(preview.ogType).toBe('article');
    expect(preview.ogTitle).toBe(article.headline);
    expect(preview.ogDescription).toBe(article.lead);
    expect(preview.ogUrl).toBe(absolute(POLICE));
    expect(preview.ogImage).toEqual([
      expect.objectContaining({ url: absolute(rendition?.url ?? ''), width: '1200', height: String(article.hero.height), alt: article.hero.alt }),
    ]);
    expect(preview.articlePublishedTime).toBe(article.publishedAt);
    expect(preview.articleModifiedTime).toBe(article.updatedAt);
    expect(preview.articleSection).toBe(article.section.name);
    expect(preview.twitterCard).toBe('summary_large_image');
    // The scraper keeps one article:tag; a crawler reads them all.
    expect(metaAll(html, 'article:tag')).toEqual(article.tags.map((tag) => tag.name));
  });

  it('the preview image is there to fetch', async () => {
    const [image] = metaAll(await servedHtml(POLICE), 'og:image');
    const response = await fetch(image ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^image\//);
  });

  it('carries NewsArticle structured data that a scraper parses', async () => {
    const article = await apiArticle(POLICE.split('/').pop() ?? '');
    const html = await servedHtml(POLICE);
    const { result } = await ogs({ html });
    expect(result.jsonLD, 'JSON-LD as open-graph-scraper reads it').toEqual(jsonLdOf(html));
    expect(onlyJsonLd(html, 'NewsArticle')).toMatchObject({
      '@context': 'https://schema.org',
      headline: article.headline,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      inLanguage: 'sv',
      image: [expect.objectContaining({ url: absolute('/media/polis-blaljus-1200.webp'), width: 1200 })],
      mainEntityOfPage: expect.objectContaining({ '@id': absolute(POLICE) }),
      author: [expect.objectContaining({ name: article.author.name, url: absolute(`/skribent/${article.author.id}`) })],
      publisher: expect.objectContaining({ name: 'Rättsläget', logo: expect.objectContaining({ url: expect.stringMatching(/^http/) }) }),
    });
  });
});

describe('list pages', () => {
  it('a section and a topic are CollectionPages listing their articles', async () => {
    for (const [path, name] of [
      ['/sektion/brott', 'Brott och straff'],
      ['/amne/sexkop', 'Ämne: Sexköp'],
    ] as const) {
      const page = onlyJsonLd(await servedHtml(path), 'CollectionPage');
      expect(page, path).toMatchObject({ name, url: absolute(path), inLanguage: 'sv' });
      expect(page.mainEntity, path).toMatchObject({ '@type': 'ItemList', itemListElement: expect.arrayContaining([expect.objectContaining({ url: absolute(POLICE) })]) });
    }
  });

  it('an author page is a ProfilePage naming the person', async () => {
    const page = onlyJsonLd(await servedHtml('/skribent/william-eriksson'), 'ProfilePage');
    expect(page).toMatchObject({
      url: absolute('/skribent/william-eriksson'),
      mainEntity: expect.objectContaining({ '@type': 'Person', name: 'William Eriksson' }),
    });
  });

  it('every page links the site feed in its head; a section and an article also link their section’s', async () => {
    const cases = [
      ['/', ['/rss.xml']],
      ['/sok?q=polisen', ['/rss.xml']],
      ['/skribent/william-eriksson', ['/rss.xml']],
      ['/sektion/brott', ['/rss.xml', '/sektion/brott/rss.xml']],
      ['/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop', ['/rss.xml', '/sektion/brott/rss.xml']],
    ] as const;
    for (const [path, feeds] of cases) {
      const links = headOf(await servedHtml(path)).match(/<link [^>]*rel="alternate"[^>]*>/g) ?? [];
      expect(links.every((link) => link.includes('type="application/rss+xml"')), path).toBe(true);
      expect(links.map((link) => /href="([^"]+)"/.exec(link)?.[1]), path).toEqual(feeds.map((feed) => absolute(feed)));
      for (const feed of feeds) expect((await fetch(absolute(feed))).status, feed).toBe(200);
    }
  });
});
