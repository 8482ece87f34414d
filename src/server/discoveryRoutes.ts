import type { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { discoveryPaths, loadSiteIndex, newsSitemapXml, robotsTxt, rssXml, sitemapXml, type SiteIndex } from './discovery';

/** Sitemaps and feeds change when articles do; a CDN may keep them as long as a page. */
const CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=3600';
/** The index is built from every article: kept this long between builds in one server. */
const INDEX_TTL_MS = 60_000;

const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

/** One index build at a time, reused for a minute (a failed build is not kept). */
function cachedIndex(): () => Promise<SiteIndex> {
  let current: { at: number; index: Promise<SiteIndex> } | undefined;
  return () => {
    if (!current || Date.now() - current.at > INDEX_TTL_MS) {
      const index = loadSiteIndex();
      current = { at: Date.now(), index };
      index.catch(() => (current = undefined));
    }
    return current.index;
  };
}

/** /robots.txt, /sitemap.xml, /sitemap-news.xml, /rss.xml and /sektion/:section/rss.xml. */
export function mountDiscovery(app: Hono<{ Bindings: HttpBindings }>, publicOrigin: () => string): void {
  const index = cachedIndex();
  const answer = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': type, 'Cache-Control': CACHE } });

  app.get(discoveryPaths.robots, () => answer(robotsTxt(publicOrigin()), 'text/plain; charset=utf-8'));
  app.get(discoveryPaths.sitemap, async () => answer(sitemapXml(await index(), publicOrigin()), XML));
  app.get(discoveryPaths.newsSitemap, async () => answer(newsSitemapXml(await index(), publicOrigin(), new Date()), XML));
  app.get(discoveryPaths.feed(), async () => answer(rssXml(await index(), publicOrigin()) ?? '', RSS));
  app.get(discoveryPaths.feed(':section'), async (c) => {
    const feed = rssXml(await index(), publicOrigin(), { section: c.req.param('section') });
    return feed ? answer(feed, RSS) : c.text('Okänd sektion', 404, { 'Cache-Control': 'no-store' });
  });
}
