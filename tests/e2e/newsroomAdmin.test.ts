import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser, type WatchedPage } from './browser';
import type { RunningServer } from './buildApp';
import { serveWithStaff, signInOverApi } from './staffServer';

// The admins' pages of the newsroom, /redaktion/personal and /redaktion/logg, driven in
// Chromium against the built server and its store; an editor is turned away.

const ADMIN = 'admin@rattslaget.example';
const EDITOR = 'redaktor@rattslaget.example';
const PASSWORD = 'Höstdimma över Riddarfjärden';
const NEWCOMER_PASSWORD = 'Vårflod i Torne älv 2031';

describe('the newsroom’s staff and log pages', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;

  /** A session of one's own over the API: its cookie, or undefined when refused. */
  const session = async (email: string, password = PASSWORD) => {
    const { status, cookie } = await signInOverApi(server, email, password);
    return status === 201 ? cookie : undefined;
  };
  const whoAmI = async (cookie: string) => (await fetch(new URL('/api/newsroom/session', server.baseUrl), { headers: { Cookie: cookie } })).status;

  const signedIn = async (email: string, options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> => {
    const watched = await openPage(browser(), { baseURL: server.baseUrl, expectStatuses: [401], ...options });
    await watched.page.goto(watched.url('/redaktion/logga-in'));
    await watched.page.getByLabel('E-post').fill(email);
    await watched.page.getByLabel('Lösenord').fill(PASSWORD);
    await watched.page.getByRole('button', { name: 'Logga in' }).click();
    await watched.page.getByRole('heading', { level: 1, name: 'Artiklar' }).waitFor();
    return watched;
  };
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Redaktionen' });

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('newsroom-admin', [{ email: ADMIN, name: 'Anna Admin', role: 'admin' }, { email: EDITOR, name: 'Eva Redaktör', role: 'editor' }], PASSWORD));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an admin adds a staff member (what was typed stays through each refusal), changes a role and disables an account by keyboard; the last admin is kept', async () => {
    const { page, close } = await signedIn(ADMIN, { expectStatuses: [401, 409, 422] });
    await nav(page).getByRole('link', { name: 'Personal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personal' }).waitFor();
    const accounts = page.getByRole('region', { name: 'Konton' });
    expect(await accounts.getByRole('listitem').count()).toBe(2);
    expect(await accounts.getByRole('listitem').filter({ hasText: 'Eva Redaktör' }).textContent()).toContain('Har aldrig loggat in');

    const form = page.getByRole('form', { name: 'Lägg till medarbetare' });
    await form.getByLabel('E-post').fill('nils.nyman@rattslaget.example');
    await form.getByLabel('Namn').fill('Nils Nyman');
    await form.getByLabel('Roll').selectOption({ label: 'Medarbetare' });
    await form.getByLabel('Första lösenord').fill('kort');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Kontot kunde inte läggas till. Rätta fälten som är markerade.');
    const password = form.getByLabel('Första lösenord');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${(await password.getAttribute('aria-describedby'))?.split(' ')[0]}`).textContent()).toBe('Lösenordet ska ha minst 12 tecken.');
    // A long but common password: the server's check, as the CLI's.
    await password.fill('lösenord12345678');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('Lösenordet är för vanligt eller lätt att gissa. Välj ett längre eller ovanligare.').waitFor();
    expect(await form.getByLabel('E-post').inputValue()).toBe('nils.nyman@rattslaget.example');
    expect(await form.getByLabel('Namn').inputValue()).toBe('Nils Nyman');
    expect(await form.getByLabel('Roll').inputValue()).toBe('contributor');
    // A taken address, said beside the field.
    await form.getByLabel('E-post').fill(EDITOR);
    await password.fill(NEWCOMER_PASSWORD);
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await form.getByText('Adressen används redan.').waitFor();
    await form.getByLabel('E-post').fill('nils.nyman@rattslaget.example');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('Nils Nyman är tillagd och kan logga in.').waitFor();
    await accounts.getByRole('listitem').filter({ hasText: 'Nils Nyman' }).waitFor();
    expect(await form.getByLabel('E-post').inputValue()).toBe('');
    const nils = await session('nils.nyman@rattslaget.example', NEWCOMER_PASSWORD);
    expect(nils).toBeDefined();

    // By keyboard: the role, then disabling.
    const row = accounts.getByRole('listitem').filter({ hasText: 'Nils Nyman' });
    await row.getByLabel('Roll för Nils Nyman', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await row.getByLabel('Roll för Nils Nyman', { exact: true }).inputValue()).toBe('editor');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ändra roll för Nils Nyman');
    await page.keyboard.press('Enter');
    await page.getByText('Nils Nyman är nu redaktör.').waitFor();
    await row.getByRole('button', { name: 'Stäng av Nils Nyman' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Nils Nyman är avstängd och utloggad överallt.').waitFor();
    await row.getByRole('button', { name: 'Aktivera Nils Nyman' }).waitFor();
    expect(await whoAmI(nils ?? '')).toBe(401);

    // The only admin cannot make herself an editor.
    const own = accounts.getByRole('listitem').filter({ hasText: 'Anna Admin' });
    await own.getByLabel('Roll för Anna Admin', { exact: true }).selectOption('editor');
    await own.getByRole('button', { name: 'Ändra roll för Anna Admin' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Redaktionen måste ha minst en aktiv administratör. Gör någon annan till administratör först.');
    expect(await nav(page).getByRole('link', { name: 'Personal' }).isVisible()).toBe(true);
    expect(await axeViolations(page), 'the staff page after a refusal').toEqual([]);
    await close();
  });

  it('an admin reads the log: every change above with who and what, filtered by action and by who, a page at a time', async () => {
    // Enough for more than a page: sign-ins, each an entry.
    for (let i = 0; i < 45; i++) await session(EDITOR);
    expect(await session('okand@rattslaget.example', 'gissat lösenord')).toBeUndefined();
    const { page, close } = await signedIn(ADMIN);
    await nav(page).getByRole('link', { name: 'Logg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg' }).waitFor();
    const entries = page.getByRole('listitem');
    expect(await entries.count()).toBe(50);
    // Newest first: this sign-in of Anna's.
    expect(await entries.first().textContent()).toContain('Inloggning');
    expect(await entries.first().textContent()).toContain('Anna Admin (admin@rattslaget.example)');

    await page.getByLabel('Händelse').selectOption({ label: 'Roll ändrad' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?handelse=staff-role-changed&medarbetare=');
    await expect.poll(() => entries.count()).toBe(1);
    const change = await entries.first().textContent();
    expect(change).toContain('Roll ändrad');
    expect(change).toContain('nils.nyman@rattslaget.example');
    expect(change).toContain('från: Medarbetare, till: Redaktör');
    expect(change).toContain('Anna Admin');

    // A failed sign-in to an address no account has: said as such, with the address tried.
    await page.getByLabel('Händelse').selectOption({ label: 'Misslyckad inloggning' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => entries.allTextContents()).toEqual([expect.stringMatching(/Misslyckad inloggning.*Okänt konto.*okand@rattslaget\.example/)]);

    await page.getByLabel('Händelse').selectOption({ label: 'Alla' });
    await page.getByLabel('Medarbetare').selectOption({ label: 'Eva Redaktör (redaktor@rattslaget.example)' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => entries.count()).toBe(45);
    expect(await entries.allTextContents()).toEqual(Array.from({ length: 45 }, () => expect.stringContaining('Eva Redaktör')));

    // Paging over everything, by keyboard: older, then back to the newest.
    await page.getByLabel('Medarbetare').selectOption({ label: 'Alla' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => entries.count()).toBe(50);
    const firstPage = await entries.allTextContents();
    await page.getByRole('link', { name: 'Äldre händelser' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('fore')).toMatch(/^\d+$/);
    // The oldest entries: the accounts the command line added first.
    await expect.poll(async () => (await entries.allTextContents()).at(-1)).toContain('Konto tillagt');
    expect(await entries.count()).toBeLessThan(50);
    expect(await page.getByRole('link', { name: 'Äldre händelser' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Till de senaste' }).click();
    await expect.poll(() => entries.allTextContents()).toEqual(firstPage);
    await close();
  });

  it('an editor is offered neither page, and is told plainly when going there; the API refuses too', async () => {
    const { page, url, close } = await signedIn(EDITOR);
    expect(await nav(page).getByRole('link').allTextContents()).toEqual(['Artiklar', 'Statistik', 'Nyhetsbrev', 'Kommentarer']);
    for (const [address, title] of [['/redaktion/personal', 'Personal'], ['/redaktion/logg', 'Logg']] as const) {
      await page.goto(url(address));
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('Den här sidan är bara för administratörer. Du är inloggad som Redaktör.');
      expect(await page.getByRole('listitem').count()).toBe(0);
    }
    const cookie = (await session(EDITOR)) ?? '';
    for (const address of ['/api/newsroom/staff', '/api/newsroom/audit']) expect((await fetch(new URL(address, server.baseUrl), { headers: { Cookie: cookie } })).status).toBe(403);
    await close();
  });

  it('axe finds nothing on the staff page, the log and the refusal, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const admin = await signedIn(ADMIN, { colorScheme });
      for (const [address, title] of [['/redaktion/personal', 'Personal'], ['/redaktion/logg', 'Logg']] as const) {
        await admin.page.goto(admin.url(address));
        await admin.page.getByRole('heading', { level: 1, name: title }).waitFor();
        await admin.page.getByRole('listitem').first().waitFor();
        expect(await axeViolations(admin.page), `${address}, ${colorScheme}`).toEqual([]);
      }
      await admin.close();
      const editor = await signedIn(EDITOR, { colorScheme });
      await editor.page.goto(editor.url('/redaktion/personal'));
      await editor.page.getByRole('alert').waitFor();
      expect(await axeViolations(editor.page), `refusal, ${colorScheme}`).toEqual([]);
      await editor.close();
    }
  });
});
