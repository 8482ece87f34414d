import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { XSS_PAYLOADS } from '../../mocks/fixtures/xssPayloads.ts';
import type { Article, Block } from '../../src/features/articles/schema';
import { openPage, POLICE, readable, useBrowser } from './browser';

// The server-rendered app: status codes, headers and HTML as they are sent, and the
// same pages in Chromium without and with JavaScript.

const chromium = useBrowser();
const baseUrl = inject('baseUrl');
const absolute = (path: string) => new URL(path, baseUrl).toString();
const SLUG = POLICE.split('/').pop() ?? '';

type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/**
 * One GET over a plain socket, the body exactly as sent (fetch would decode it).
 * An answer that has not fully arrived within the time is an error: a wrong length
 * keeps a client waiting until the server drops the connection.
 */
function rawGet(path: string, headers: Record<string, string> = {}, timeoutMs = 3_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let received = 0;
    let length: string | undefined;
    const req = request(absolute(path), { headers: { 'Accept-Encoding': 'identity', ...headers } }, (res) => {
      length = res.headers['content-length'];
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => {
      const said = length === undefined ? '' : ` (Content-Length ${length}, ${received} bytes received)`;
      req.destroy(new Error(`GET ${path} ${JSON.stringify(headers)}: no complete answer within ${timeoutMs} ms${said}`));
    });
    req.on('error', reject);
    req.end();
  });
}

async function served(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; html: string }> {
  const response = await fetch(absolute(path), { headers });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

async function apiJson<T>(path: string): Promise<T> {
  return (await rawGet(path).then((answer) => JSON.parse(answer.body.toString('utf8')))) as T;
}

/** An answer's text, without the times a page's state notes when its data was fetched (they differ per render). */
const withoutRenderTimes = (body: Buffer) => body.toString('utf8').replace(/"(dehydratedAt|dataUpdatedAt)":\d+/g, '"$1":0');

/** innerText folds white space, as the screen does. */
const folded = (text: string) => readable(text).replace(/\s+/g, ' ').trim();

describe('status codes', () => {
  const UNKNOWN = {
    article: '/artikel/finns-inte',
    author: '/skribent/finns-inte',
    section: '/sektion/finns-inte',
    topic: '/amne/finns-inte',
    statistic: '/statistik/finns-inte',
    path: '/finns/inte/alls',
  };
  for (const [kind, path] of Object.entries(UNKNOWN)) {
    it(`an unknown ${kind} (${path}) is a 404 with the app's 404 page`, async () => {
      const { status, headers, html } = await served(path);
      expect(status).toBe(404);
      expect(headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(html).toMatch(/<h1[^>]*>Sidan finns inte<\/h1>/);
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Till förstasidan<\/a>/);
    });
  }

  it('an unknown hashed file is a 404 and not a page', async () => {
    const { status, headers, html } = await served('/assets/finns-inte-abc123.js');
    expect(status).toBe(404);
    expect(headers.get('Content-Type')).not.toMatch(/html/);
    expect(html).not.toMatch(/<html/i);
  });

  it('an API failure while rendering is a 503 to retry later, with the error page and its retry button, and no stack trace', async () => {
    const { status, headers, html } = await served(POLICE, { Cookie: 'mock-fail=500' });
    expect(status).toBe(503);
    expect(Number(headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(headers.get('Cache-Control')).not.toMatch(/public|s-maxage/);
    expect(html).toMatch(/<div[^>]*role="alert"[^>]*><h1[^>]*>Något gick fel<\/h1>/);
    expect(html).toMatch(/<button type="button"[^>]*>Försök igen<\/button>/);
    expect(html).not.toMatch(/\bat \S+ \(|node_modules|\/src\/|\.tsx?:\d+|Error:/);
  });
});

describe('headers', () => {
  it('an article may be kept by a CDN, which must tell readers apart by their cookies', async () => {
    const { status, headers, html } = await served(POLICE);
    expect(status).toBe(200);
    expect(headers.get('Cache-Control')).toMatch(/\bpublic\b/);
    expect(headers.get('Cache-Control')).toMatch(/\bs-maxage=[1-9]\d*/);
    expect(headers.get('Cache-Control')).toMatch(/\bstale-while-revalidate=[1-9]\d*/);
    expect(headers.get('Vary')).toMatch(/\bCookie\b/i);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="sv">/i);
  });

  it('a page rendered for a reader who chose the dark theme is dark and kept by no shared cache', async () => {
    const { headers, html } = await served(POLICE, { Cookie: 'theme=dark' });
    expect(html).toMatch(/<html lang="sv" data-theme="dark">/);
    expect(headers.get('Cache-Control')).toMatch(/\b(private|no-store)\b/);
    expect(headers.get('Cache-Control')).not.toMatch(/public|s-maxage/);
  });

  it('the hashed files a page links are immutable', async () => {
    const { html } = await served(POLICE);
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? ''))];
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      const { status, headers } = await rawGet(asset);
      expect(status, asset).toBe(200);
      expect(headers['cache-control'], asset).toMatch(/\bmax-age=31536000\b.*\bimmutable\b/);
    }
  });

  it('pages, files and API answers are sent as brotli or gzip as asked, and decode to the same bytes', async () => {
    const { html } = await served(POLICE);
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
    // The app's code is not linked from the page (it loads after the page): the entry names it.
    const entry = (await rawGet(script)).body.toString();
    const vendor = `/${/assets\/vendor-[^"`]+\.js/.exec(entry)?.[0] ?? 'vendor-not-found'}`;
    for (const path of [POLICE, vendor, `/api/articles/${SLUG}`]) {
      const plain = await rawGet(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.length, `${path} is big enough to be compressed`).toBeGreaterThan(1024);
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        const packed = await rawGet(path, { 'Accept-Encoding': encoding });
        expect(packed.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
        expect(packed.headers.vary, `${path} ${encoding}`).toMatch(/Accept-Encoding/i);
        expect(packed.body.length, `${path} ${encoding}`).toBeLessThan(plain.body.length);
        const length = packed.headers['content-length'];
        if (length !== undefined) expect(Number(length), `${path} ${encoding}: Content-Length`).toBe(packed.body.length);
        const same = withoutRenderTimes(decode(packed.body)) === withoutRenderTimes(plain.body);
        expect(same, `${path} ${encoding} decodes to the plain answer`).toBe(true);
      }
    }
  });

  it('every answer carries the CSP and the other security headers', async () => {
    const answers = {
      page: await rawGet(POLICE),
      asset: await rawGet('/manifest.webmanifest'),
      api: await rawGet('/api/sections'),
      'unknown page': await rawGet('/finns/inte/alls'),
      'unknown article': await rawGet('/artikel/finns-inte'),
      'unknown asset': await rawGet('/assets/finns-inte.js'),
      'failed render': await rawGet(POLICE, { Cookie: 'mock-fail=500' }),
      feed: await rawGet('/rss.xml'),
    };
    for (const [name, { headers }] of Object.entries(answers)) {
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
        expect(csp, `${name}: ${directive}`).toContain(directive);
      }
      expect(csp, name).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(headers['x-content-type-options'], name).toBe('nosniff');
      expect(headers['referrer-policy'], name).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], name).toBe('DENY');
      expect(headers['cross-origin-opener-policy'], name).toBe('same-origin');
      expect(headers['permissions-policy'], name).toMatch(/camera=\(\)/);
    }
  });
});

describe('without JavaScript', () => {
  it('the article reads in full: headline, lead, byline, photo, every body block, the chart’s numbers, tags and related links', async () => {
    const article = await apiJson<Article>(`/api/articles/${SLUG}`);
    const { page: tab, url, close } = await openPage(chromium(), { javaScriptEnabled: false });
    await tab.goto(url(POLICE));
    const main = tab.locator('main');
    const text = folded(await main.innerText());

    expect(readable(await tab.getByRole('heading', { level: 1 }).textContent())).toBe(article.headline);
    expect(text).toContain(article.lead);
    const byline = main.getByRole('link', { name: article.author.name }).first();
    expect(await byline.getAttribute('href')).toBe(`/skribent/${article.author.id}`);
    const hero = main.getByRole('img', { name: article.hero.alt });
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(text).toContain(`${article.hero.caption} Foto: ${article.hero.credit.name}/${article.hero.credit.agency}`);

    for (const block of article.body) expect(blockShown(block, text), block.type).toBe(true);
    const table = main.getByRole('table', { name: /köp av sexuell tjänst/ });
    expect(await table.isVisible()).toBe(true);
    expect(await table.getByRole('cell', { name: '563', exact: true }).isVisible()).toBe(true);
    expect(await table.getByRole('cell', { name: '840', exact: true }).isVisible()).toBe(true);
    expect(text).toMatch(/Källa: Brå/);
    expect(text).not.toContain('Diagrammet laddas');

    const tags = main.getByRole('navigation', { name: 'Ämnen' });
    for (const tag of article.tags) expect(await tags.getByRole('link', { name: tag.name, exact: true }).getAttribute('href')).toBe(`/amne/${tag.id}`);
    const related = main.getByRole('region', { name: 'Läs också' });
    expect(article.related.length).toBeGreaterThan(0);
    for (const teaser of article.related) {
      expect(await related.getByRole('link', { name: teaser.headline }).getAttribute('href')).toBe(`/artikel/${teaser.slug}`);
    }
    // What needs scripts says so, in a line, instead of a space that stays empty; the sign-up has its own page.
    expect(text).toContain('Kommentarerna och tips via e-post behöver JavaScript.');
    const engagement = await tab.locator('[data-island="engagement"] > *').boundingBox();
    expect(engagement?.height).toBeLessThan(120);
    expect(await main.getByRole('complementary', { name: /inkorg/ }).getByRole('link', { name: 'Anmäl dig till nyhetsbrevet' }).getAttribute('href')).toBe('/nyhetsbrev');
    await close();
  });

  for (const { path, api } of [
    { path: '/sektion/brott', api: '/api/articles?section=brott' },
    { path: '/skribent/william-eriksson', api: '/api/articles?author=william-eriksson' },
  ]) {
    it(`${path} lists links to its articles`, async () => {
      const { items } = await apiJson<{ items: { slug: string; headline: string }[] }>(api);
      expect(items.length).toBeGreaterThan(0);
      const { page: tab, url, close } = await openPage(chromium(), { javaScriptEnabled: false });
      await tab.goto(url(path));
      for (const item of items) {
        const link = tab.locator('main').getByRole('link', { name: item.headline });
        expect(await link.isVisible(), item.headline).toBe(true);
        expect(await link.getAttribute('href')).toBe(`/artikel/${item.slug}`);
      }
      await close();
    });
  }

  it('/statistik lists links to every statistics series', async () => {
    const { items } = await apiJson<{ items: { id: string; title: string }[] }>('/api/stats');
    const { page: tab, url, close } = await openPage(chromium(), { javaScriptEnabled: false });
    await tab.goto(url('/statistik'));
    for (const item of items) {
      const link = tab.locator('main').getByRole('link', { name: item.title });
      expect(await link.isVisible(), item.title).toBe(true);
      expect(await link.getAttribute('href')).toBe(`/statistik/${item.id}`);
    }
    await close();
  });

  it('a statistics page shows its numbers as a table instead of a chart that never comes', async () => {
    const { page: tab, url, close } = await openPage(chromium(), { javaScriptEnabled: false });
    await tab.goto(url('/statistik/sexkop-anmalda'));
    const table = tab.locator('main').getByRole('table');
    expect(await table.isVisible()).toBe(true);
    const cells = await table.getByRole('cell').allInnerTexts();
    expect(cells).toEqual(['563', '840']);
    expect(await tab.getByText('Diagrammet laddas').isVisible()).toBe(false);
    await close();
  });
});

/** Whether the text of a body block is on the page as a reader sees it. */
function blockShown(block: Block, text: string): boolean {
  const has = (part: string) => text.includes(folded(part));
  switch (block.type) {
    case 'paragraph':
      return block.content.every((node) => has(node.text));
    case 'subheading':
    case 'quote':
      return has(block.text);
    case 'factBox':
      return [block.title, ...block.items].every(has);
    case 'image':
      return has(block.image.caption ?? '');
    case 'chart':
      return has(block.caption);
    case 'newsletterCta':
      return has(block.title) && has(block.text);
  }
}

const REACT_ROOT = () => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer'));

describe('with JavaScript', () => {
  it('the article hydrates without a warning, from the data in the page, and its links navigate in the app', async () => {
    const { page: tab, url, close } = await openPage(chromium());
    const warnings: string[] = [];
    tab.on('console', (message) => {
      // The test blocks the service worker (openPage), and Playwright says so.
      if (message.type() === 'warning' && !message.text().includes('Service Worker registration blocked')) warnings.push(message.text());
    });
    const apiReads: string[] = [];
    const documents: string[] = [];
    tab.on('request', (req) => {
      const { pathname, search } = new URL(req.url());
      if (pathname.startsWith('/api/')) apiReads.push(pathname + search);
      if (req.isNavigationRequest() && req.frame() === tab.mainFrame()) documents.push(req.url());
    });

    await tab.goto(url(POLICE));
    await tab.waitForFunction(REACT_ROOT);
    // Comments come after the article is on screen: by then every read on load has been made.
    await tab.getByRole('region', { name: /^Kommentarer/ }).getByRole('article').first().waitFor();
    await tab.waitForLoadState('networkidle');
    expect(apiReads.filter((path) => !path.startsWith(`/api/articles/${SLUG}/comments`)), 'API reads the page did not need').toEqual([]);
    expect(warnings).toEqual([]);

    const next = tab.getByRole('region', { name: 'Läs också' }).getByRole('link').first();
    const headline = readable(await next.textContent());
    documents.length = 0;
    await next.click();
    // The API answers in milliseconds here: a reader should not wait seconds.
    await expect
      .poll(() => tab.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.replaceAll('\u00AD', '')), { timeout: 3_000 })
      .toBe(headline);
    expect(documents, 'documents loaded by the click').toEqual([]);
    expect(warnings).toEqual([]);
    await close();
  });
});

describe('an XSS payload in the data', () => {
  const ALL = XSS_PAYLOADS.join(' ');

  it('cannot end the page-state or JSON-LD script it is serialized into, and comes back exactly', async () => {
    const { status, html } = await served('/artikel/xss-alla');
    expect(status).toBe(200);
    for (const open of ['<script type="application/json" id="page-state">', '<script type="application/ld+json">']) {
      const start = html.indexOf(open);
      expect(start, open).toBeGreaterThan(0);
      // Where the HTML parser ends the element: at the first "</script", whatever the JSON meant.
      const end = html.toLowerCase().indexOf('</script', start + open.length);
      const body = html.slice(start + open.length, end);
      expect(body.toLowerCase(), open).not.toMatch(/<\/script|<!--|<script/);
      expect(() => JSON.parse(body), open).not.toThrow();
    }
    const stateText = /<script type="application\/json" id="page-state">([\s\S]*?)<\/script>/i.exec(html)?.[1] ?? '';
    const state = JSON.parse(stateText) as { queries: { queries: { queryKey: unknown[]; state: { data: Article } }[] } };
    const article = state.queries.queries.find((query) => query.queryKey.join('/') === 'articles/detail/xss-alla')?.state.data;
    expect(article?.headline).toBe(ALL);
    expect(article?.tags.map((tag) => tag.name)).toEqual(XSS_PAYLOADS.slice(0, 5));
    const quotes = article?.body.flatMap((block) => (block.type === 'quote' ? [block.text] : []));
    expect(quotes).toEqual(XSS_PAYLOADS);
  });

  it('runs nothing in Chromium under the CSP, and breaks no rule of it', async () => {
    const { page: tab, url, close } = await openPage(chromium());
    let dialogs = 0;
    tab.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await tab.goto(url('/artikel/xss-alla'));
    await tab.waitForFunction(REACT_ROOT);
    await tab.waitForLoadState('networkidle');
    expect(readable(await tab.getByRole('heading', { level: 1 }).textContent())).toBe(ALL);
    expect(await tab.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    // Closing fails the test on any console error, and so on any CSP violation.
    await close();
  });
});

describe('discovery files', () => {
  it('robots.txt names both sitemaps', async () => {
    const { status, html: text } = await served('/robots.txt');
    expect(status).toBe(200);
    expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
    expect(text).toContain(`Sitemap: ${absolute('/sitemap-news.xml')}`);
  });

  it('the sitemap lists the seed article', async () => {
    const { status, headers, html: xml } = await served('/sitemap.xml');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toMatch(/xml/);
    expect(xml).toContain(`<loc>${absolute(POLICE)}</loc>`);
  });

  it('/rss.xml is an RSS 2.0 feed with items, and an unknown section has no feed', async () => {
    const { status, headers, html: xml } = await served('/rss.xml');
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toMatch(/^application\/rss\+xml/);
    expect(xml).toMatch(/<rss version="2\.0"/);
    expect(xml.match(/<item>/g)?.length).toBeGreaterThan(0);
    expect(xml).toContain(`<link>${absolute(POLICE)}</link>`);
    expect((await served('/sektion/okand/rss.xml')).status).toBe(404);
  });
});
