import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, readable, useBrowser, type WatchedPage } from './browser';
import type { RunningServer } from './buildApp';
import { serveWithStaff } from './staffServer';

// Comment moderation at /redaktion/kommentarer, driven in Chromium against the built server and its store.

const PASSWORD = 'Höstdimma över Riddarfjärden';
const MODERATOR = 'moderator@rattslaget.example';
const EDITOR = 'redaktor@rattslaget.example';
const CONTRIBUTOR = 'medarbetare@rattslaget.example';
const SLUG = POLICE.slice('/artikel/'.length);

describe('comment moderation at /redaktion/kommentarer', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;
  let reader = 0;

  const open = (options: Parameters<typeof openPage>[1] = {}) => openPage(browser(), { baseURL: server.baseUrl, expectStatuses: [401], ...options });
  /** Signed in: a moderator lands on the comments, the others on the articles. */
  const signedIn = async (email: string, options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> => {
    const watched = await open(options);
    await watched.page.goto(watched.url('/redaktion/logga-in'));
    await watched.page.getByLabel('E-post').fill(email);
    await watched.page.getByLabel('Lösenord').fill(PASSWORD);
    await watched.page.getByRole('button', { name: 'Logga in' }).click();
    await watched.page.getByRole('heading', { level: 1, name: email === MODERATOR ? 'Kommentarer' : 'Artiklar' }).waitFor();
    return watched;
  };
  /** A reader of their own (no cookie yet, another address behind the proxy) reports a comment. */
  const report = async (id: string) => {
    reader += 1;
    const answer = await fetch(new URL(`/api/comments/${id}/reports`, server.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${reader}` } });
    expect(answer.status).toBe(201);
  };
  const card = (page: Page, author: string) => page.getByRole('article', { name: new RegExp(`^Kommentar av ${author} på`) });

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('moderation', [{ email: MODERATOR, name: 'Moa Moderator', role: 'moderator' }, { email: EDITOR, name: 'Eva Redaktör', role: 'editor' }, { email: CONTRIBUTOR, name: 'Mats Medarbetare', role: 'contributor' }], PASSWORD, { TRUST_PROXY: '1' }));
    // Two readers report Per's comment, one reports Karin's.
    await report('c2');
    await report('c2');
    await report('c1');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a moderator finds the most reported comment first and hides it by keyboard with a reason; the reader’s page then shows it removed, in its place', async () => {
    // Signing in, a moderator lands here: the comments are their work, not the articles.
    const { page, close } = await signedIn(MODERATOR);
    expect(new URL(page.url()).pathname).toBe('/redaktion/kommentarer');
    const nav = page.getByRole('navigation', { name: 'Redaktionen' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Kommentarer']);
    expect(await page.getByRole('link', { name: 'Anmälda', exact: true }).getAttribute('aria-current')).toBe('page');
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    expect((await cards.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? item.querySelector('h2')?.textContent)))).toEqual([
      'Kommentar av Per N. på ”Polisens jämställdhetsarbete gav fler anmälda sexköp”',
      'Kommentar av Karin på ”Polisens jämställdhetsarbete gav fler anmälda sexköp”',
    ]);
    const per = card(page, 'Per N.');
    expect(await per.getByText('Anmäld av 2 läsare').isVisible()).toBe(true);
    expect(await card(page, 'Karin').getByText('Anmäld av 1 läsare').isVisible()).toBe(true);
    // The words as text, the article as a link to the comment on the reader's page.
    expect(readable(await per.locator('p').filter({ hasText: 'Har ökningen' }).innerText())).toBe('Vore intressant att se hur det ser ut efter 2018.\nHar ökningen hållit i sig?');
    expect(await per.getByRole('link', { name: 'Polisens jämställdhetsarbete gav fler anmälda sexköp' }).getAttribute('href')).toBe(`${POLICE}#kommentar-c2`);

    // By keyboard: asking to hide opens the reason, which is required.
    await per.getByRole('button', { name: 'Dölj …' }).focus();
    await page.keyboard.press('Enter');
    const reason = per.getByLabel('Varför döljs kommentaren?');
    await expect.poll(() => reason.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await per.getByText('Skriv varför kommentaren döljs.').isVisible()).toBe(true);
    await reason.fill('Personangrepp mot en namngiven polis');
    await reason.press('Tab');
    await page.keyboard.press('Enter');
    await per.getByText('Kommentaren är dold. Läsarna ser att redaktionen har tagit bort den.').waitFor();
    expect(await per.getByText('Dold av redaktionen: Personangrepp mot en namngiven polis').isVisible()).toBe(true);
    expect(await per.getByRole('button', { name: 'Återställ' }).isVisible()).toBe(true);
    await close();

    const readerPage = await open();
    await readerPage.page.goto(readerPage.url(`${POLICE}#kommentar-c2`));
    const removed = readerPage.page.locator('#kommentar-c2');
    await removed.waitFor();
    expect(readable(await removed.innerText())).toBe('Kommentaren har tagits bort av redaktionen.');
    expect(await readerPage.page.getByText('Har ökningen hållit i sig?').count()).toBe(0);
    await readerPage.close();
  });

  it('nothing typed is lost when the network fails: the reason stays, the failure is said in Swedish, and trying again works', async () => {
    const { page, url, close } = await signedIn(MODERATOR, { expectProblems: [/Failed to load resource: net::ERR_FAILED/] });
    await page.goto(url('/redaktion/kommentarer'));
    const karin = card(page, 'Karin');
    await page.route('**/api/newsroom/comments/c1/hide', (route) => route.abort());
    await karin.getByRole('button', { name: 'Dölj …' }).click();
    await karin.getByLabel('Varför döljs kommentaren?').fill('Fel fakta om polisen');
    await karin.getByRole('button', { name: 'Dölj kommentaren' }).click();
    const alert = karin.getByRole('alert');
    expect(await alert.textContent()).toBe('Kunde inte dölja kommentaren. Servern går inte att nå. Kontrollera anslutningen och försök igen; inget du skrivit har försvunnit.');
    expect(await karin.getByLabel('Varför döljs kommentaren?').inputValue()).toBe('Fel fakta om polisen');
    await page.unroute('**/api/newsroom/comments/c1/hide');
    await karin.getByRole('button', { name: 'Dölj kommentaren' }).click();
    await karin.getByText('Dold av redaktionen: Fel fakta om polisen').waitFor();
    // Restored: readers see it again.
    await karin.getByRole('button', { name: 'Återställ' }).click();
    await karin.getByText('Kommentaren är återställd och syns för läsarna igen.').waitFor();
    const comments = (await (await fetch(new URL(`/api/articles/${SLUG}/comments?pageSize=50`, server.baseUrl))).json()) as { items: { id: string; state: string }[] };
    expect(comments.items.find((comment) => comment.id === 'c1')?.state).toBe('published');
    await close();
  });

  it('an editor pre-moderates an article in its editor; a new comment waits under "Väntar på godkännande" and is approved; a writer is blocked; a comment deleted after asking once more', async () => {
    const { page, url, close } = await signedIn(EDITOR);
    const id = (await (await fetch(new URL(`/api/articles/${SLUG}`, server.baseUrl))).json()) as { headline: string };
    await page.getByRole('link', { name: id.headline }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    const settings = page.getByRole('region', { name: 'Kommentarer' });
    // The panel reads the article's comment mode once it is on screen: wait for it.
    await expect.poll(() => settings.getByRole('radio', { name: /^Öppna/ }).isChecked()).toBe(true);
    await settings.getByRole('radio', { name: /^Förhandsgranskade/ }).check();
    await settings.getByText('Nya kommentarer väntar nu på godkännande. Skribenten får veta det.').waitFor();

    const posted = await fetch(new URL(`/api/articles/${SLUG}/comments`, server.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.50' },
      body: JSON.stringify({ name: 'Väntande läsare', text: 'En kommentar i ett känsligt mål.' }),
    });
    expect(((await posted.json()) as { state: string }).state).toBe('pending');

    await page.getByRole('navigation', { name: 'Redaktionen' }).getByRole('link', { name: 'Kommentarer' }).click();
    await page.getByRole('link', { name: 'Väntar på godkännande' }).click();
    const waiting = card(page, 'Väntande läsare');
    await waiting.getByRole('button', { name: 'Godkänn' }).click();
    await waiting.getByText('Kommentaren är godkänd och syns för läsarna.').waitFor();
    const shown = (await (await fetch(new URL(`/api/articles/${SLUG}/comments?pageSize=50`, server.baseUrl))).json()) as { items: { author: string }[] };
    expect(shown.items.map((comment) => comment.author)).toContain('Väntande läsare');

    await page.getByRole('link', { name: 'Alla senaste' }).click();
    const written = card(page, 'Väntande läsare');
    await written.getByRole('button', { name: 'Blockera skribenten …' }).click();
    await written.getByRole('button', { name: 'Ja, blockera' }).click();
    await written.getByText('Skribenten är blockerad från att kommentera.', { exact: true }).first().waitFor();
    expect(await written.getByRole('button', { name: 'Blockera skribenten …' }).count()).toBe(0);

    await written.getByRole('button', { name: 'Radera …' }).click();
    await written.getByText(/^Radera kommentaren för gott\?/).waitFor();
    await written.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Radera …');
    await page.keyboard.press('Enter');
    await written.getByRole('button', { name: 'Ja, radera' }).click();
    await page.getByText('Kommentaren av Väntande läsare är raderad.').waitFor();
    expect(await card(page, 'Väntande läsare').count()).toBe(0);

    // Back to open comments for the other tests.
    await page.goto(url('/redaktion'));
    await page.getByRole('link', { name: id.headline }).click();
    await page.getByRole('region', { name: 'Kommentarer' }).getByRole('radio', { name: /^Öppna/ }).check();
    await page.getByText('Kommentarerna är öppna.').waitFor();
    await close();
  });

  it('by role: a contributor has no link to the page and is told plainly there; an editor has the link', async () => {
    const contributor = await signedIn(CONTRIBUTOR);
    expect(await contributor.page.getByRole('navigation', { name: 'Redaktionen' }).getByRole('link', { name: 'Kommentarer' }).count()).toBe(0);
    await contributor.page.goto(contributor.url('/redaktion/kommentarer'));
    await contributor.page.getByRole('heading', { level: 1, name: 'Kommentarer' }).waitFor();
    expect(await contributor.page.getByRole('alert').textContent()).toBe('Din roll har inte tillgång till kommentarerna. Moderatorer, redaktörer och administratörer modererar kommentarer.');
    expect(await contributor.page.getByRole('article').count()).toBe(0);
    // Nor is an article's comment setting offered, on a draft of their own.
    const draft = await contributor.page.request.post(contributor.url('/api/newsroom/articles'), {
      data: { headline: 'Ett utkast om hyresnämnden', lead: 'Ingressen.', section: { id: 'domstol' }, author: { id: 'sara-lindqvist' }, hero: { src: '/media/arkiv-800.webp', sources: [{ url: '/media/arkiv-800.webp', width: 800 }], width: 1200, height: 675, alt: '', credit: { name: '' } }, body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ett stycke.' }] }] },
    });
    expect(draft.status()).toBe(201);
    await contributor.page.goto(contributor.url(`/redaktion/artiklar/${((await draft.json()) as { id: number }).id}`));
    await contributor.page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    await contributor.page.getByRole('heading', { name: 'Publicering' }).waitFor();
    expect(await contributor.page.getByRole('radio', { name: /^Förhandsgranskade/ }).count()).toBe(0);
    await contributor.close();

    const editor = await signedIn(EDITOR);
    expect(await editor.page.getByRole('navigation', { name: 'Redaktionen' }).getByRole('link', { name: 'Kommentarer' }).isVisible()).toBe(true);
    await editor.close();
  });

  it('axe finds nothing on the moderation page (a reason being asked for included) or the editor’s comment settings, light and dark', async () => {
    await report('c3');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, url, close } = await signedIn(EDITOR, { colorScheme });
      await page.goto(url('/redaktion/kommentarer'));
      await card(page, 'Jonna').waitFor();
      expect(await axeViolations(page), `reported, ${colorScheme}`).toEqual([]);
      await card(page, 'Jonna').getByRole('button', { name: 'Dölj …' }).click();
      await card(page, 'Jonna').getByRole('button', { name: 'Dölj kommentaren' }).click();
      await card(page, 'Jonna').getByText('Skriv varför kommentaren döljs.').waitFor();
      expect(await axeViolations(page), `asking why, ${colorScheme}`).toEqual([]);
      await page.getByRole('link', { name: 'Dolda' }).click();
      await page.getByText(/^\d+ kommentar/).waitFor();
      expect(await axeViolations(page), `hidden, ${colorScheme}`).toEqual([]);
      await page.goto(url('/redaktion/artiklar/1'));
      await page.getByRole('region', { name: 'Kommentarer' }).getByRole('radio').first().waitFor();
      expect(await axeViolations(page), `editor, ${colorScheme}`).toEqual([]);
      await close();
    }
  });
});
