// @vitest-environment node
import { createRequire } from 'node:module';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { putArticle } from '../../mocks/db.ts';
import { articles as fixtureArticles, sections as fixtureSections } from '../../mocks/fixtures/articles.ts';
import { image } from '../../mocks/fixtures/build.ts';
import { statsSets } from '../../mocks/fixtures/stats.ts';
import { server } from '../../mocks/node.ts';
import { loadSiteIndex, newsSitemapXml, robotsTxt, rssXml, sitemapXml, type IndexedArticle, type SiteIndex } from './discovery';

const ORIGIN = 'https://rattslaget.example';
const POLICE_SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  dc: 'http://purl.org/dc/elements/1.1/',
};

// jsdom's strict XML parser (the node environment has no DOMParser); jsdom ships no types.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (markup: string, options: { contentType: string }) => { window: { document: Document } };
};

/** Parses as XML; throws on anything that is not well-formed. */
function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}

/** loc → lastmod (empty when absent) for every <url> of a sitemap. */
function sitemapUrls(xml: string): Map<string, string> {
  const urls = [...parseXml(xml).getElementsByTagNameNS(NS.sitemap, 'url')];
  return new Map(
    urls.map((url) => [
      url.getElementsByTagNameNS(NS.sitemap, 'loc')[0]?.textContent ?? '',
      url.getElementsByTagNameNS(NS.sitemap, 'lastmod')[0]?.textContent ?? '',
    ]),
  );
}

const text = (parent: Element, name: string, namespace: string | null = null) =>
  parent.getElementsByTagNameNS(namespace, name)[0]?.textContent;

function indexedArticle(overrides: Partial<IndexedArticle> & { slug: string }): IndexedArticle {
  return {
    headline: 'En rubrik',
    lead: 'En ingress.',
    section: { id: 'domstol', name: 'Domstolar' },
    author: { id: 'lina-ek', name: 'Lina Ek', role: 'Reporter' },
    publishedAt: '2026-11-27T08:00:00+01:00',
    image: image('domstol', 'En rättssal.', 'Bildtext.', { name: 'Lina Ek', agency: 'Rättsläget' }),
    tags: [],
    ...overrides,
  };
}

function siteIndex(articles: IndexedArticle[]): SiteIndex {
  return { articles, sections: [{ id: 'domstol', name: 'Domstolar', description: 'Om domstolarna.' }], stats: [] };
}

describe('sitemap', () => {
  it('lists the front page, every section, topics, writers, statistics and articles with their dates', async () => {
    const urls = sitemapUrls(sitemapXml(await loadSiteIndex(), ORIGIN));

    expect(urls.get(`${ORIGIN}/artikel/${POLICE_SLUG}`)).toBe('2026-11-27T11:05:00+01:00');
    expect(urls.get(`${ORIGIN}/`)).toBe('2026-11-27T11:05:00+01:00');
    for (const section of fixtureSections) expect(urls.has(`${ORIGIN}/sektion/${section.id}`)).toBe(true);
    expect(urls.get(`${ORIGIN}/amne/sexkop`)).toBe('2026-11-27T11:05:00+01:00');
    expect(urls.get(`${ORIGIN}/skribent/william-eriksson`)).toMatch(/^2026-/);
    expect(urls.has(`${ORIGIN}/statistik`)).toBe(true);
    for (const stats of statsSets) expect(urls.get(`${ORIGIN}/statistik/${stats.id}`)).toBe(stats.updatedAt);
  });

  it('reads every page of the article list', async () => {
    for (let i = 0; i < 60; i++) {
      putArticle({ ...fixtureArticles[0]!, slug: `extra-artikel-${i}`, publishedAt: '2026-10-01T08:00:00+02:00', updatedAt: undefined });
    }
    const urls = sitemapUrls(sitemapXml(await loadSiteIndex(), ORIGIN));

    expect(urls.get(`${ORIGIN}/artikel/extra-artikel-0`)).toBe('2026-10-01T08:00:00+02:00');
    expect(urls.has(`${ORIGIN}/artikel/extra-artikel-59`)).toBe(true);
    expect(urls.has(`${ORIGIN}/artikel/${POLICE_SLUG}`)).toBe(true);
  });

  it('leaves out an article that is gone by the time its details are read', async () => {
    server.use(http.get(`*/api/articles/${POLICE_SLUG}`, () => HttpResponse.json({ error: { code: 'not_found', message: 'Borta' } }, { status: 404 })));
    const urls = sitemapUrls(sitemapXml(await loadSiteIndex(), ORIGIN));

    expect(urls.has(`${ORIGIN}/artikel/${POLICE_SLUG}`)).toBe(false);
    expect(urls.has(`${ORIGIN}/artikel/samtyckeslagen-sa-fungerar-den`)).toBe(true);
  });
});

describe('news sitemap', () => {
  const now = new Date('2026-11-27T12:00:00+01:00');
  const index = siteIndex([
    indexedArticle({ slug: 'imorgon', publishedAt: '2026-11-28T08:00:00+01:00' }),
    indexedArticle({ slug: 'i-dag', publishedAt: '2026-11-27T11:00:00+01:00', headline: 'Dom i dag' }),
    indexedArticle({ slug: 'i-forrgar-morse', publishedAt: '2026-11-25T13:00:00+01:00' }),
    indexedArticle({ slug: 'for-tre-dagar-sedan', publishedAt: '2026-11-25T11:00:00+01:00' }),
  ]);

  it('carries only the articles published in the two days up to now', () => {
    const urls = sitemapUrls(newsSitemapXml(index, ORIGIN, now));

    expect([...urls.keys()]).toEqual([`${ORIGIN}/artikel/i-dag`, `${ORIGIN}/artikel/i-forrgar-morse`]);
  });

  it('names the publication, its language, the date and the title', () => {
    const url = parseXml(newsSitemapXml(index, ORIGIN, now)).getElementsByTagNameNS(NS.sitemap, 'url')[0]!;

    expect(text(url, 'name', NS.news)).toBe('Rättsläget');
    expect(text(url, 'language', NS.news)).toBe('sv');
    expect(text(url, 'publication_date', NS.news)).toBe('2026-11-27T11:00:00+01:00');
    expect(text(url, 'title', NS.news)).toBe('Dom i dag');
  });
});

describe('robots.txt', () => {
  it('allows everything and names both sitemaps', () => {
    const lines = robotsTxt(ORIGIN).split('\n');

    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap-news.xml`);
  });
});

describe('RSS', () => {
  it('lists the latest articles with link, date, writer, lead and picture', async () => {
    const feed = parseXml(rssXml(await loadSiteIndex(), ORIGIN)!);
    const items = [...feed.getElementsByTagName('item')];
    const police = items.find((item) => text(item, 'link') === `${ORIGIN}/artikel/${POLICE_SLUG}`)!;

    expect(feed.documentElement.getAttribute('version')).toBe('2.0');
    expect(items).toHaveLength(fixtureArticles.length);
    expect(text(police, 'title')).toBe('Polisens jämställdhetsarbete gav fler anmälda sexköp');
    expect(police.getElementsByTagName('guid')[0]?.getAttribute('isPermaLink')).toBe('true');
    expect(text(police, 'guid')).toBe(`${ORIGIN}/artikel/${POLICE_SLUG}`);
    expect(text(police, 'pubDate')).toBe('Fri, 27 Nov 2026 06:30:00 GMT');
    expect(text(police, 'creator', NS.dc)).toBe('William Eriksson');
    expect(text(police, 'description')).toMatch(/^När polisen fick i uppdrag/);
    const enclosure = police.getElementsByTagName('enclosure')[0];
    expect(enclosure?.getAttribute('url')).toBe(`${ORIGIN}/media/polis-blaljus-1200.webp`);
    expect(enclosure?.getAttribute('type')).toBe('image/webp');
    expect(enclosure?.getAttribute('length')).toBe('0');
  });

  it('describes the channel and points at itself', async () => {
    const channel = parseXml(rssXml(await loadSiteIndex(), ORIGIN, { section: 'domstol' })!).getElementsByTagName('channel')[0]!;
    const self = channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];

    expect(text(channel, 'title')).toBe('Domstolar – Rättsläget');
    expect(text(channel, 'link')).toBe(`${ORIGIN}/sektion/domstol`);
    expect(text(channel, 'language')).toBe('sv');
    expect(self?.getAttribute('href')).toBe(`${ORIGIN}/sektion/domstol/rss.xml`);
    expect(self?.getAttribute('rel')).toBe('self');
    expect(channel.getElementsByTagName('item')).toHaveLength(fixtureArticles.filter((a) => a.section === 'domstol').length);
  });

  it('has no feed for a section that does not exist', async () => {
    expect(rssXml(await loadSiteIndex(), ORIGIN, { section: 'finns-inte' })).toBeUndefined();
  });

  it('escapes markup in headlines and leads', () => {
    const headline = 'Åtal för <script>alert("x")</script> & annat > väntat';
    const xml = rssXml(siteIndex([indexedArticle({ slug: 'otacka-tecken', headline, lead: 'A < B && C > D' })]), ORIGIN)!;
    const item = parseXml(xml).getElementsByTagName('item')[0]!;

    expect(text(item, 'title')).toBe(headline);
    expect(text(item, 'description')).toBe('A < B && C > D');
    expect(item.getElementsByTagName('script')).toHaveLength(0);
    expect(xml).toContain('&lt;script&gt;');
  });

  it('keeps text that looks like an escaped entity as it was written, in the feed and the news sitemap', () => {
    const headline = 'Koden &lt;script&gt; och &#60;img&#62; &amp; &copy; stod i domen';
    const index = siteIndex([indexedArticle({ slug: 'entiteter', headline, lead: '&lt;b&gt;fet&lt;/b&gt;', publishedAt: new Date().toISOString() })]);
    const item = parseXml(rssXml(index, ORIGIN)!).getElementsByTagName('item')[0]!;
    expect(text(item, 'title')).toBe(headline);
    expect(text(item, 'description')).toBe('&lt;b&gt;fet&lt;/b&gt;');
    expect(parseXml(newsSitemapXml(index, ORIGIN, new Date())).getElementsByTagNameNS(NS.news, 'title')[0]?.textContent).toBe(headline);
  });
});
