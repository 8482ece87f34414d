import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedLinks } from '../../src/server/auth/signedLinks';
import { startSmtp } from '../support/smtp';
import { axeViolations, openPage, readable, useBrowser } from './browser';
import { DIST, serveBuild, type RunningServer } from './buildApp';

// The newsletter as its subscribers meet it: the confirmation e-mail from a real SMTP server,
// its link opened in Chromium (opening changes nothing; the button confirms), leaving with the
// page's button (without JavaScript too) and with a mail provider's one-click post.

const SECRET = 'e2e-nyckeln-for-nyhetsbrevets-lankar-0123456789';
const PASSWORD = 'Snöyra över Storkyrkobrinken';

/** One of the server's command-line tools (staff, subscribers) on the test's data folder. */
function tool(name: string, dataDir: string, args: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(DIST, `server/${name}.js`), ...args], { env: { ...process.env, DATA_DIR: dataDir } }, (error, out, err) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: String(out), err: String(err) }),
    );
    child.stdin?.end(input);
  });
}

describe('the newsletter, confirmed and left', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  const api = (method: string, url: string, body?: unknown) =>
    fetch(new URL(url, server.baseUrl), { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const statusOf = async (token: string) => ((await (await api('GET', `/api/newsletter/link?token=${token}`)).json()) as { status: string }).status;
  /** The mail to the address, once the server's sender has delivered it. */
  const mailTo = async (email: string) => {
    await expect.poll(() => smtp.received.some((mail) => mail.to && 'text' in mail.to && mail.to.text === email)).toBe(true);
    return smtp.received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === email).at(-1)!;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'rattslaget-newsletter-'));
    smtp = await startSmtp();
    server = await serveBuild({ env: { DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_LINK_SECRET: SECRET, LOG_REQUESTS: '0' } });
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('mails a confirmation link; opening it changes nothing, its button confirms', async () => {
    const { page, url, close } = await openPage(browser(), { baseURL: server.baseUrl });
    await page.goto(url('/nyhetsbrev'));
    await page.getByLabel('E-postadress').fill('lasare@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/^Kolla din inkorg: vi skickar ett mejl till lasare@example\.se/).waitFor();

    const mail = await mailTo('lasare@example.se');
    expect(mail.subject).toBe('Bekräfta din prenumeration på Rättslägets nyhetsbrev');
    const link = /(http:\/\/\S+\/nyhetsbrev\/bekrafta\?token=(\S+))/.exec(mail.text ?? '');
    expect(link?.[1]).toBeDefined();
    expect(String(mail.html)).toContain(`href="${link?.[1]}"`);
    const token = link?.[2] ?? '';

    // A mail scanner, or the reader, opens the link: nothing happens until the button is pressed.
    const opened = await page.goto(link?.[1] ?? '');
    expect(opened?.headers()['cache-control']).toBe('no-store');
    expect(opened?.headers()['x-robots-tag']).toBe('noindex');
    await page.getByRole('heading', { level: 1, name: 'Bekräfta din prenumeration' }).waitFor();
    expect(await axeViolations(page), 'axe, the confirm page').toEqual([]);
    expect(await statusOf(token)).toBe('pending');
    await page.reload();
    expect(await statusOf(token)).toBe('pending');
    await page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tack! Nu prenumererar du' }).waitFor();
    expect(readable(await page.locator('main').textContent())).toContain('Nyhetsbrevet kommer till lasare@example.se.');
    expect(await statusOf(token)).toBe('confirmed');
    await close();
  });

  it('says plainly when a link is broken or has expired, with the way to sign up again', async () => {
    const { page, url, close } = await openPage(browser(), { baseURL: server.baseUrl, expectStatuses: [404, 410] });
    const broken = await page.goto(url('/nyhetsbrev/bekrafta?token=b.1.1.trasig'));
    expect(broken?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Länken fungerar inte' }).waitFor();
    const old = signedLinks(SECRET).sign('confirm', 1, Date.now() - 49 * 60 * 60_000);
    const expired = await page.goto(url(`/nyhetsbrev/bekrafta?token=${old}`));
    expect(expired?.status()).toBe(410);
    await page.getByRole('heading', { level: 1, name: 'Länken har slutat gälla' }).waitFor();
    expect(await axeViolations(page), 'axe, an expired link').toEqual([]);
    await page.getByRole('link', { name: 'Anmäl dig igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nyhetsbrev' }).waitFor();
    await close();
  });

  it('leaves with the page’s button without JavaScript, and with a mail provider’s one-click post', async () => {
    for (const email of ['ett@example.se', 'tva@example.se']) {
      await api('POST', '/api/newsletter/subscriptions', { email });
      const token = /bekrafta\?token=(\S+)/.exec((await mailTo(email)).text ?? '')?.[1] ?? '';
      expect((await api('POST', '/api/newsletter/confirmations', { token })).status).toBe(200);
    }
    const leave = (id: number) => signedLinks(SECRET).sign('unsubscribe', id, Date.now());
    const [first, second] = [2, 3].map(leave) as [string, string];
    expect(await (await api('GET', `/api/newsletter/link?token=${first}`)).json()).toMatchObject({ email: 'ett@example.se', status: 'confirmed' });

    const { page, url, close } = await openPage(browser(), { baseURL: server.baseUrl, javaScriptEnabled: false });
    await page.goto(url(`/nyhetsbrev/avsluta?token=${first}`));
    expect(await statusOf(first)).toBe('confirmed');
    await page.getByRole('button', { name: 'Avsluta prenumerationen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Du har lämnat nyhetsbrevet' }).waitFor();
    expect(await statusOf(first)).toBe('unsubscribed');
    await close();

    // RFC 8058: a form post of List-Unsubscribe=One-Click to the header's address, from the provider's servers (no Origin).
    const oneClick = await fetch(new URL(`/nyhetsbrev/avsluta?token=${second}`, server.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(oneClick.status).toBe(200);
    expect(await statusOf(second)).toBe('unsubscribed');
    const forged = await fetch(new URL(`/nyhetsbrev/avsluta?token=${second.slice(0, -2)}xx`, server.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(forged.status).toBe(404);

    // Signing up again works: a new confirmation, and confirmed once more.
    await api('POST', '/api/newsletter/subscriptions', { email: 'tva@example.se' });
    await expect.poll(() => smtp.received.filter((mail) => mail.to && 'text' in mail.to && mail.to.text === 'tva@example.se').length).toBe(2);
    const again = /bekrafta\?token=(\S+)/.exec((await mailTo('tva@example.se')).text ?? '')?.[1] ?? '';
    expect((await api('POST', '/api/newsletter/confirmations', { token: again })).status).toBe(200);
    expect(await statusOf(second)).toBe('confirmed');
  });

  it('sends an issue from /redaktion/nyhetsbrev: previewed, then to every confirmed subscriber with a one-click leaving header that works', async () => {
    expect((await tool('staff', dataDir, ['add', 'redaktor@rattslaget.example', '--name', 'Eva Redaktör', '--role', 'editor'], `${PASSWORD}\n`)).code).toBe(0);
    // The sign-in page asks who is signed in: nobody yet (401).
    const { page, url, close } = await openPage(browser(), { baseURL: server.baseUrl, expectStatuses: [401] });
    await page.goto(url('/redaktion/logga-in'));
    await page.getByLabel('E-post').fill('redaktor@rattslaget.example');
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Nyhetsbrev' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nyhetsbrev' }).waitFor();
    await page.getByText('2 bekräftade prenumeranter').waitFor();
    await page.getByLabel('Ämnesrad').fill('Veckans rättsläge i test');
    await page.getByLabel('Inledning').fill('Hej läsare!\n\nDet här hände i veckan.');
    const police = page.getByRole('checkbox', { name: /Polisens jämställdhetsarbete/ });
    if (!(await police.isChecked())) await police.check();
    // Before the preview: axe cannot look into its sandboxed frame (no script runs there, axe's neither).
    expect(await axeViolations(page), 'axe, the newsletter page').toEqual([]);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const frame = page.frameLocator('iframe[title="Nyhetsbrevet som HTML"]');
    await frame.getByRole('link', { name: /Polisens jämställdhetsarbete/ }).waitFor();
    expect(await frame.locator('p', { hasText: 'Hej läsare!' }).evaluate((element) => getComputedStyle(element).fontSize)).toBe('17px');
    await page.getByText('Avsluta prenumerationen:').waitFor();

    await page.getByRole('button', { name: 'Skicka ett prov till mig' }).click();
    await page.getByText('Ett provutskick är på väg till redaktor@rattslaget.example.').waitFor();
    await page.getByRole('button', { name: 'Skicka till alla prenumeranter' }).click();
    await page.getByText('Skicka nyhetsbrevet till 2 prenumeranter nu?').waitFor();
    await page.getByRole('group').getByRole('button', { name: 'Skicka till alla prenumeranter' }).click();
    await page.getByText('Utskicket är köat till 2 prenumeranter.').waitFor();
    await page.getByText('2 av 2 skickade').waitFor();
    await close();

    const issues = () => smtp.received.filter((mail) => mail.subject === 'Veckans rättsläge i test');
    await expect.poll(() => issues().length).toBe(2);
    expect(smtp.received.some((mail) => mail.subject === '[Prov] Veckans rättsläge i test')).toBe(true);
    const mail = issues().find((m) => m.to && 'text' in m.to && m.to.text === 'lasare@example.se');
    const header = mail?.headerLines.find((line) => line.key === 'list-unsubscribe')?.line.replace(/\r\n\s+/g, ' ') ?? '';
    expect(mail?.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const leaveUrl = /<(http:\/\/[^>]+\/nyhetsbrev\/avsluta\?token=([^>]+))>/.exec(header);
    expect(leaveUrl, header).not.toBeNull();
    expect(String(mail?.html)).toContain(`href="${leaveUrl?.[1]}"`);
    // The provider's one-click, to the header's address: multipart, as RFC 8058's example sends it.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await fetch(leaveUrl?.[1] ?? '', { method: 'POST', body: form })).status).toBe(200);
    expect(await statusOf(leaveUrl?.[2] ?? '')).toBe('unsubscribed');
  });

  it('npm run subscribers: exports the confirmed as CSV and deletes an address on request', async () => {
    const file = path.join(dataDir, 'prenumeranter.csv');
    expect(await tool('subscribers', dataDir, ['export', file])).toMatchObject({ code: 0, out: 'Skrev 1 bekräftade prenumeranter till ' + file + '\n' });
    expect(readFileSync(file, 'utf8')).toContain('tva@example.se,');
    expect(await tool('subscribers', dataDir, ['delete', 'TVA@example.se'])).toMatchObject({ code: 0 });
    expect(await tool('subscribers', dataDir, ['delete', 'tva@example.se'])).toMatchObject({ code: 1, err: 'Ingen prenumerant med adressen tva@example.se\n' });
    expect((await api('GET', '/api/newsletter/link?token=' + signedLinks(SECRET).sign('unsubscribe', 3, Date.now()))).status).toBe(404);
    expect((await tool('subscribers', dataDir, [])).code).toBe(1);
  });

  // Last in this file: the subscribers made here would change the ids the tests above sign.
  it('signs up without JavaScript: a bad address comes back kept with its message (422), a good one gets the inbox message and the mail', async () => {
    const { page, url, close } = await openPage(browser(), { baseURL: server.baseUrl, javaScriptEnabled: false, expectStatuses: [422] });
    await page.goto(url('/nyhetsbrev'));
    await page.getByLabel('E-postadress').fill('utan-skript@example');
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Prenumerera' }).click()]);
    expect(refused.status()).toBe(422);
    expect(refused.headers()['cache-control']).toBe('no-store');
    expect(refused.headers()['x-robots-tag']).toBe('noindex');
    await page.getByRole('alert').getByRole('link', { name: 'Skriv en giltig e-postadress.' }).waitFor();
    await expect.poll(() => page.getByLabel('E-postadress').inputValue()).toBe('utan-skript@example');
    expect(await page.getByLabel('E-postadress').getAttribute('aria-invalid')).toBe('true');
    expect(readable(await page.locator('main').textContent())).not.toContain('Kolla din inkorg');

    await page.getByLabel('E-postadress').fill('utan-skript@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/^Kolla din inkorg: vi skickar ett mejl med en länk som bekräftar anmälan/).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/nyhetsbrev?anmalan=skickad');
    expect(await page.getByLabel('E-postadress').inputValue()).toBe('');
    const mail = await mailTo('utan-skript@example.se');
    expect(mail.text).toMatch(/\/nyhetsbrev\/bekrafta\?token=/);
    await close();
  });

  it('a sign-up sent before the app started: the page it gets back hydrates as it is, and typing clears its message', async () => {
    const { page, url, close } = await openPage(browser(), { baseURL: server.baseUrl, onlyReading: true, expectStatuses: [422] });
    await page.goto(url('/nyhetsbrev'));
    await page.getByLabel('E-postadress').fill('fore-appen');
    // The form's own submission, as a press before the app's code has come makes it.
    // The answer's page has loaded (its address is the same as before: wait for the new page's load).
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.waitForEvent('load'),
      page.locator('form[action="/nyhetsbrev"]').evaluate((form: HTMLFormElement) => form.submit()),
    ]);
    expect(posted.status()).toBe(422);
    await page.evaluate(() => document.querySelector('a[href="/"]')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 20_000 });
    await page.getByRole('alert').getByRole('link', { name: 'Skriv en giltig e-postadress.' }).waitFor();
    expect(await page.getByLabel('E-postadress').inputValue()).toBe('fore-appen');
    // Scripts run here, so axe can look at a refused sign-up's page (it cannot without JavaScript).
    expect(await axeViolations(page), 'axe, a refused sign-up').toEqual([]);
    await page.getByLabel('E-postadress').fill('fore-appen@example.se');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/^Kolla din inkorg: vi skickar ett mejl till fore-appen@example\.se/).waitFor();
    await close();
  });
});
