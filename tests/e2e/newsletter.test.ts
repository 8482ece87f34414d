import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedLinks } from '../../src/server/auth/signedLinks';
import { startSmtp } from '../support/smtp';
import { openPage, readable, useBrowser } from './browser';
import { serveBuild, type RunningServer } from './buildApp';

// The newsletter as its subscribers meet it: the confirmation e-mail from a real SMTP server,
// its link opened in Chromium (opening changes nothing; the button confirms), leaving with the
// page's button (without JavaScript too) and with a mail provider's one-click post.

const SECRET = 'e2e-nyckeln-for-nyhetsbrevets-lankar-0123456789';

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
});
