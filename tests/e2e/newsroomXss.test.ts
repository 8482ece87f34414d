import { rmSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../mocks/fixtures/xssPayloads.ts';
import { isContentLink } from '../../src/lib/safeHref';
import { openPage, readable, useBrowser } from './browser';
import type { RunningServer } from './buildApp';
import { serveWithStaff, signInOverApi } from './staffServer';

// The XSS payloads through every field an editor writes, saved and published through the staff
// API, then read where they end up: the reader's page, the editor's preview, the RSS feeds and
// the news sitemap, and the page's JSON-LD. Nothing runs, nothing is injected, the text shows as typed.

const EMAIL = 'redaktor@rattslaget.example';
const PASSWORD = 'Höstdimma över Riddarfjärden';
const ALL = XSS_PAYLOADS.join(' ');
const folded = (text: string) => readable(text).replace(/\s+/g, ' ').trim();

/** Headlines are one line of at most 300 characters: the payloads packed into as few as fit. */
function headlineChunks(): string[] {
  const chunks: string[] = [];
  for (const payload of XSS_PAYLOADS.map((p) => p.replace(/\s/g, ' '))) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + 1 + payload.length <= 300) chunks[chunks.length - 1] = `${last} ${payload}`;
    else chunks.push(payload);
  }
  return chunks;
}

const HALF = Math.ceil(XSS_PAYLOADS.length / 2);
const image = { src: '/media/rattssal-800.webp', sources: [{ url: '/media/rattssal-800.webp', width: 800 }], width: 1200, height: 675, alt: ALL, caption: ALL, credit: { name: ALL, agency: ALL } };

/** Every block kind, every field of it, holding the payloads; each paragraph all five inline kinds and a link whose address carries one. */
const body = [
  { type: 'subheading', id: 'xss-rubrik', text: ALL },
  ...XSS_PAYLOADS.map((payload) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: payload },
      { type: 'emphasis', text: payload },
      { type: 'strong', text: payload },
      { type: 'link', text: payload, href: `https://example.se/sok?q=${payload}` },
      { type: 'link', text: payload, href: `/sok?q=${encodeURIComponent(payload)}` },
      { type: 'dataRef', text: payload, statsId: 'sexkop-anmalda', seriesId: payload, period: payload },
    ],
  })),
  { type: 'quote', text: ALL, speaker: ALL, role: ALL },
  { type: 'factBox', title: ALL, items: XSS_PAYLOADS },
  { type: 'image', image },
  { type: 'chart', statsId: 'sexkop-anmalda', caption: ALL },
  { type: 'newsletterCta', title: ALL, text: ALL },
];

/**
 * Nothing ran (no window.__xss, no dialog), and nothing active came from the data: no element a payload
 * would bring (a script other than JSON-LD, a frame, a style), no event-handler attribute, no address
 * that runs code. (An injected inert element shows too: its payload would then not read as text.)
 */
async function expectNothingRan(target: Page | Frame, dialogs: number, own = ':not(*)') {
  expect(await target.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  const dangerous = await target.evaluate((ownElements) => {
    const TAGS = ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style', 'x', 'marquee', 'video', 'audio', 'math', 'animate', 'set'];
    const ADDRESSES = ['href', 'src', 'action', 'formaction', 'srcdoc', 'xlink:href', 'data', 'background', 'poster', 'values'];
    return [...document.querySelectorAll('main *')]
      .filter((el) => !el.matches(ownElements))
      .filter(
        (el) =>
          (TAGS.includes(el.localName) && !(el.localName === 'script' && el.getAttribute('type') === 'application/ld+json')) ||
          [...el.attributes].some(
            (attribute) => attribute.name.startsWith('on') || (ADDRESSES.includes(attribute.name) && /^(javascript|vbscript|data:text\/html)/.test(attribute.value.replace(/\s/g, '').toLowerCase())),
          ),
      )
      .map((el) => el.outerHTML.slice(0, 120));
  }, own);
  expect(dangerous).toEqual([]);
}

async function expectEveryPayloadShown(target: Page | Frame) {
  const text = folded(await target.locator('main').innerText());
  for (const payload of XSS_PAYLOADS) expect(text, payload).toContain(folded(payload));
}

describe(`${XSS_PAYLOADS.length} XSS payloads in every field an editor writes`, () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;
  let cookie = '';
  const headlines = headlineChunks();
  const slugs: string[] = [];
  let mainId = 0;

  const staff = async (method: string, url: string, payload?: unknown) => {
    const answer = await fetch(new URL(url, server.baseUrl), { method, headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: payload === undefined ? undefined : JSON.stringify(payload) });
    return { status: answer.status, body: (await answer.json().catch(() => undefined)) as Record<string, unknown> };
  };
  const draft = (headline: string, lead: string, extra: object = {}) => ({ headline, lead, section: { id: 'domstol' }, author: { id: 'sara-lindqvist' }, hero: image, body: [], ...extra });

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('newsroom-xss', [{ email: EMAIL, name: 'Eva Redaktör', role: 'editor' }], PASSWORD));
    ({ cookie } = await signInOverApi(server, EMAIL, PASSWORD));

    // One article holds the payloads in every field; the headlines (one line, 300 characters) are spread over a few more.
    for (const [index, headline] of headlines.entries()) {
      const made = await staff('POST', '/api/newsroom/articles', draft(headline, index === 0 ? XSS_PAYLOADS.slice(0, HALF).join(' ') : headline, index === 0 ? { body } : {}));
      expect(made.status, headline).toBe(201);
      expect((await staff('POST', `/api/newsroom/articles/${String(made.body.id)}/publish`, {})).status).toBe(200);
      slugs.push(String(made.body.slug));
      if (index === 0) mainId = Number(made.body.id);
    }
    for (const text of [XSS_PAYLOADS.slice(0, HALF).join(' '), XSS_PAYLOADS.slice(HALF).join(' ')]) {
      expect((await staff('POST', `/api/newsroom/articles/${mainId}/corrections`, { text })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a payload as a link’s address is saved only when it is a web or site address; every other is refused by the API', async () => {
    for (const payload of XSS_PAYLOADS) {
      const made = await staff('POST', '/api/newsroom/articles', draft('Länkadress', 'Ingress', { body: [{ type: 'paragraph', content: [{ type: 'link', text: 'länk', href: payload }] }] }));
      expect(made.status, payload).toBe(isContentLink(payload) ? 201 : 422);
    }
  });

  /** A watched page of the server that counts dialogs (each payload would open one or set window.__xss if it ran). */
  const watched = async (options: Parameters<typeof openPage>[1] = {}) => {
    const opened = await openPage(browser(), { baseURL: server.baseUrl, ...options });
    let dialogs = 0;
    opened.page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    return { ...opened, dialogs: () => dialogs };
  };

  it('on the reader’s pages: every field shows its text as typed, nothing runs, no element or attribute is injected', async () => {
    const { page, url, close, dialogs } = await watched();
    await page.goto(url(`/artikel/${slugs[0]}`));
    expect(readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe(headlines[0]);
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 900) await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForLoadState('networkidle');
    await expectEveryPayloadShown(page);
    // The hero and the picture in the text (and the related articles' pictures), named by their alt text.
    expect(await page.getByRole('img', { name: ALL }).count()).toBeGreaterThanOrEqual(2);
    expect(folded(await page.locator('main aside').filter({ hasText: 'Rättelse' }).innerText())).toContain(folded(XSS_PAYLOADS.at(-1) ?? ''));
    await expectNothingRan(page, dialogs());
    for (const [index, slug] of slugs.entries()) {
      if (index === 0) continue;
      await page.goto(url(`/artikel/${slug}`));
      expect(readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe(headlines[index]);
      await expectNothingRan(page, dialogs());
    }
    await close();
  });

  it('in the editor and its preview: shown as text, nothing runs', async () => {
    const { page, url, close, dialogs } = await watched({ expectStatuses: [401] });
    await page.goto(url('/redaktion/logga-in'));
    await page.getByLabel('E-post').fill(EMAIL);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Artiklar' }).waitFor();
    await page.goto(url(`/redaktion/artiklar/${mainId}`));
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    expect(await page.getByLabel('Rubrik', { exact: true }).inputValue()).toBe(headlines[0]);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.frameLocator('iframe').getByRole('heading', { level: 1 }).waitFor();
    const frame = page.frame({ url: /\/redaktion\/forhandsgranska$/ });
    if (!frame) throw new Error('no preview frame');
    expect(readable(await frame.getByRole('heading', { level: 1 }).textContent())).toBe(headlines[0]);
    await frame.waitForLoadState('networkidle');
    await expectEveryPayloadShown(frame);
    await expectNothingRan(frame, dialogs());
    // The editor's own preview frame aside.
    await expectNothingRan(page, dialogs(), 'iframe[src="/redaktion/forhandsgranska"]');
    await close();
  });

  it('in the RSS feeds and the news sitemap: well-formed XML whose titles and descriptions are the text as typed', async () => {
    const { page, close } = await watched();
    for (const address of ['/rss.xml', '/sektion/domstol/rss.xml', '/sitemap-news.xml']) {
      const xml = await (await fetch(new URL(address, server.baseUrl))).text();
      const read = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return {
          broken: doc.getElementsByTagName('parsererror').length > 0,
          titles: [...doc.querySelectorAll('item > title'), ...doc.getElementsByTagNameNS('http://www.google.com/schemas/sitemap-news/0.9', 'title')].map((el) => el.textContent),
          descriptions: [...doc.querySelectorAll('item > description')].map((el) => el.textContent),
          elements: [...doc.getElementsByTagName('*')].map((el) => el.localName).filter((name) => ['script', 'img', 'svg', 'iframe'].includes(name)),
        };
      }, xml);
      expect(read.broken, address).toBe(false);
      expect(read.elements, address).toEqual([]);
      for (const headline of headlines) expect(read.titles, `${address}: ${headline}`).toContain(headline);
      if (address !== '/sitemap-news.xml') expect(read.descriptions).toContain(XSS_PAYLOADS.slice(0, HALF).join(' '));
    }
    await close();
  });

  it('in the JSON-LD and the page state: each script holds JSON that reads back as typed, none broken out of', async () => {
    const html = await (await fetch(new URL(`/artikel/${slugs[0]}`, server.baseUrl))).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    // Only the app's own scripts: JSON-LD, the page's state as JSON, and the module entry.
    for (const [, attributes = '', content = ''] of scripts) {
      expect(attributes, content.slice(0, 80)).toMatch(/type="application\/(ld\+)?json"|type="module"/);
      if (/json/.test(attributes)) expect(() => JSON.parse(content) as unknown).not.toThrow();
    }
    const linkedData = scripts.filter(([, attributes = '']) => attributes.includes('ld+json')).map(([, , content = '']) => JSON.parse(content) as Record<string, unknown>);
    const article = linkedData.find((data) => data['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ headline: headlines[0], description: XSS_PAYLOADS.slice(0, HALF).join(' ') });
    expect((article?.correction as { text: string }[]).map((correction) => correction.text)).toEqual([XSS_PAYLOADS.slice(0, HALF).join(' '), XSS_PAYLOADS.slice(HALF).join(' ')]);
  });
});
