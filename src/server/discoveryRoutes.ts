import type { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { discoveryPaths, loadSiteIndex, newsSitemapXml, robotsTxt, rssXml, sitemapXml, type SiteIndex } from './discovery';

/** Sitemaps and feeds change when articles do; a CDN may keep them as long as a page. */
const CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=3600';
/** The index is built from every article: with another API (no stamp to ask), kept this long between builds. */
const INDEX_TTL_MS = 60_000;

const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

/**
 * One index build at a time (a failed build is not kept). Over our store it is built again
 * as soon as the content has changed, on any instance (`contentStamp`); over another API,
 * reused for a minute.
 */
function cachedIndex(contentStamp?: () => Promise<string>): () => Promise<SiteIndex> {
  let current: { at: number; stamp: string | undefined; index: Promise<SiteIndex> } | undefined;
  return async () => {
    const stamp = await contentStamp?.();
    const stale = !current || (contentStamp ? current.stamp !== stamp : Date.now() - current.at > INDEX_TTL_MS);
    if (stale) {
      const index = loadSiteIndex();
      const entry = { at: Date.now(), stamp, index };
      current = entry;
      index.catch(() => current === entry && (current = undefined));
    }
    return (current as NonNullable<typeof current>).index;
  };
}

/** /robots.txt, /sitemap.xml, /sitemap-news.xml, /rss.xml and /sektion/:section/rss.xml. */
export function mountDiscovery(app: Hono<{ Bindings: HttpBindings }>, publicOrigin: () => string, contentStamp?: () => Promise<string>): void {
  const index = cachedIndex(contentStamp);
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
