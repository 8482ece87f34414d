import { rmSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, readable, useBrowser, type WatchedPage } from './browser';
import type { RunningServer } from './buildApp';
import { serveWithStaff } from './staffServer';

// Photos and statistics in the newsroom, driven in Chromium against the built server and its
// store: an upload in the editor seen on the published article, a set pasted as CSV seen by readers.

const EMAIL = 'bildredaktor@rattslaget.example';
const PASSWORD = 'Höstdimma över Riddarfjärden';

/** A camera's JPEG: a picture, and its position in the EXIF. */
const cameraPhoto = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 30, g: 80, b: 140 } } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect x="500" y="200" width="600" height="500" fill="#f2c14e"/></svg>') }])
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 4/1' } })
    .toBuffer();

describe('photos and statistics in the newsroom', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;

  const signedIn = async (options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> => {
    const watched = await openPage(browser(), { baseURL: server.baseUrl, ...options, expectStatuses: [401, ...(options.expectStatuses ?? [])] });
    await watched.page.goto(watched.url('/redaktion/logga-in'));
    await watched.page.getByLabel('E-post').fill(EMAIL);
    await watched.page.getByLabel('Lösenord').fill(PASSWORD);
    await watched.page.getByRole('button', { name: 'Logga in' }).click();
    await watched.page.getByRole('heading', { level: 1, name: 'Artiklar' }).waitFor();
    return watched;
  };

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('newsroom-media', [{ email: EMAIL, name: 'Bo Bild', role: 'editor' }], PASSWORD));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uploads a photo for the hero (an SVG and a file over 15 MB refused in words first), publishes, and readers get its variants without GPS', async () => {
    const { page, url, close } = await signedIn({ expectStatuses: [415] });
    await page.getByRole('link', { name: 'Ny artikel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny artikel' }).waitFor();
    await page.getByLabel('Rubrik', { exact: true }).fill('Nytt tingshus invigs i Uppsala');
    await page.getByLabel('Ingress').fill('Domstolen flyttar in i sina nya lokaler.');
    await page.getByLabel('Sektion').selectOption({ label: 'Domstolar' });
    await page.getByLabel('Skribent').selectOption({ label: 'Sara Lindqvist' });
    await page.getByRole('group', { name: 'Stycke 1' }).getByLabel('Text').fill('Bygget tog tre år.');

    const hero = page.getByRole('group', { name: 'Huvudbild' });
    const file = hero.getByLabel('Ladda upp en bild');
    await file.setInputFiles({ name: 'logga.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>') });
    expect(await hero.getByRole('alert').textContent()).toBe('Bilden kunde inte laddas upp: SVG-filer tas inte emot. Ladda upp en JPEG-, PNG- eller WebP-bild.');

    await file.setInputFiles({ name: 'enorm.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(15 * 1024 * 1024 + 1) });
    expect(await hero.getByRole('alert').textContent()).toBe('Bilden kunde inte laddas upp: Bilden är större än 15 MB. Minska den och försök igen.');

    await hero.getByLabel('Alternativtext').fill('Det nya tingshuset i gult tegel.');
    await hero.getByLabel('Fotograf eller källa').fill('Lina Ek');
    await file.setInputFiles({ name: 'Tingshuset.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto() });
    await hero.getByText('Bilden är uppladdad och vald.').waitFor();
    const src = await hero.getByLabel('Bildadress').inputValue();
    expect(src).toMatch(/^\/media\/tingshuset-[0-9a-f]{8}-800\.webp$/);
    // The photo is in the list to choose from, marked as the one chosen.
    await hero.getByText('Välj bland uppladdade bilder').click();
    expect(await hero.getByRole('button', { name: 'Välj bilden: Det nya tingshuset i gult tegel.' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Sparad /).waitFor();
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByText('Artikeln är publicerad.').waitFor();
    await close();

    const reader = await openPage(browser(), { baseURL: server.baseUrl });
    await reader.page.goto(reader.url('/artikel/nytt-tingshus-invigs-i-uppsala'));
    const image = reader.page.locator('main figure img').first();
    expect(await image.getAttribute('alt')).toBe('Det nya tingshuset i gult tegel.');
    expect(await image.getAttribute('src')).toBe(src);
    expect(await image.getAttribute('srcset')).toContain(src.replace('-800.', '-1200.'));
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(readable(await reader.page.locator('main figure').first().textContent())).toContain('Lina Ek');
    const served = await fetch(url(src));
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/webp']);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined();
    await reader.close();
  });

  it('a statistics set pasted as CSV: errors by line, a live preview, saved for readers; axe finds nothing', async () => {
    const { page, url, close } = await signedIn();
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ny statistik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny statistik' }).waitFor();
    await page.getByLabel('Rubrik', { exact: true }).fill('Överklagade domar');
    await page.getByLabel('Enhet').fill('mål');
    await page.getByLabel('Källa', { exact: true }).fill('Rättsläget');
    await page.getByLabel('Exempeldata').check();
    const table = page.getByLabel('Tabell (CSV)');
    await table.fill('År;Överklagade\n2020;120\n2021;tolv\n');
    await page.getByText("Rad 3: 'tolv' är inget tal (kolumn 2, \"Överklagade\").").waitFor();
    await table.fill('År;Överklagade\n2020;120\n2021;132\n2022;141\n');
    const preview = page.getByRole('region', { name: 'Förhandsvisning' });
    await preview.getByRole('heading', { name: 'Överklagade domar' }).waitFor();
    await preview.getByText('Exempeldata').first().waitFor();
    await preview.locator('.recharts-surface').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Statistiken är skapad.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/redaktion/statistik/overklagade-domar');
    const answer = (await (await fetch(url('/api/stats/overklagade-domar'))).json()) as { provenance: string; series: { points: { value: number }[] }[] };
    expect(answer.provenance).toBe('illustrative');
    expect(answer.series[0]?.points.map((point) => point.value)).toEqual([120, 132, 141]);
    await close();
  });
});
