import { readdirSync } from 'node:fs';
import { Hono } from 'hono';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { signInEveryRole } from '../../../../tests/support/staffSessions';
import { ROLES, type Role } from '../../auth/roles';
import { createSearchService } from '../../search/searchService';
import { serveMedia } from '../../staticFiles';
import { createStore, type Store } from '../../store/store';
import { createApi } from '../api';
import type { ApiApp } from '../respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
type Who = Role | 'nobody';
const EVERYONE: Who[] = [...ROLES, 'nobody'];

type Photo = { id: string; src: string; sources: { url: string; width: number }[]; width: number; height: number; alt: string; caption?: string; credit: { name: string; agency?: string } };

/** A small photo made here: a gradient, so that it compresses like a picture. */
const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } }).composite([
    { input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#e8c547"/></svg>`), top: 0, left: 0 },
  ]);

// Photos uploaded in the newsroom, on both databases: who may, what is refused and why,
// and what a reader then gets (the variants, without the camera's metadata).
describe.each(DIALECTS)('the newsroom’s photos on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  const cookies = {} as Record<Role, string>;

  const call = async (url: string, init: RequestInit = {}): Promise<Response> => api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: '192.0.2.7' } } } as never);
  const as = (who: Who, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(who === 'nobody' ? {} : { Cookie: cookies[who] }), ...(init.headers as Record<string, string>) } });
  const upload = (who: Who, file: Blob, name: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('file', file, name);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return call('/api/newsroom/media', as(who, { method: 'POST', body: form, headers }));
  };
  const jpeg = async (width = 1600, height = 900) => new Blob([new Uint8Array(await picture(width, height).jpeg().toBuffer())], { type: 'image/jpeg' });
  const errorOf = async (answer: Response) => ((await answer.json()) as { error: { code: string; message: string } }).error;

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect);
    api = createApi({ store, search: createSearchService(store, test.database.db), mediaDir: test.mediaDir, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test.database.pool } });
    Object.assign(cookies, await signInEveryRole(store, call, PASSWORD));
  });
  afterAll(() => test.close());

  describe('every role through every route', () => {
    const photo = { id: '' };
    beforeAll(async () => {
      photo.id = ((await (await upload('editor', await jpeg(600, 400), 'matris.jpg')).json()) as Photo).id;
    });
    const routes: { name: string; run: (who: Who) => Promise<Response>; expect: Record<Who, number> }[] = [
      { name: 'GET /api/newsroom/media', run: (who) => call('/api/newsroom/media', as(who)), expect: { contributor: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/media', run: async (who) => upload(who, await jpeg(500, 300), `${who}.jpg`), expect: { contributor: 201, editor: 201, moderator: 403, admin: 201, nobody: 401 } },
      { name: 'GET /api/newsroom/media/{id}', run: (who) => call(`/api/newsroom/media/${photo.id}`, as(who)), expect: { contributor: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      {
        name: 'PUT /api/newsroom/media/{id}',
        run: (who) => call(`/api/newsroom/media/${photo.id}`, as(who, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ alt: `Text av ${who}.`, credit: { name: 'Lina Ek' } }) })),
        expect: { contributor: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 },
      },
      { name: 'GET /api/newsroom/authors', run: (who) => call('/api/newsroom/authors', as(who)), expect: { contributor: 200, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
    ];
    for (const route of routes) {
      it(`${route.name}: ${EVERYONE.map((who) => `${who} ${route.expect[who]}`).join(', ')}`, async () => {
        const got = {} as Record<Who, number>;
        for (const who of EVERYONE) {
          const answer = await route.run(who);
          got[who] = answer.status;
          expect(answer.headers.get('Cache-Control')).toBe('no-store');
          expect(answer.headers.get('X-Robots-Tag')).toBe('noindex');
        }
        expect(got).toEqual(route.expect);
      });
    }
  });

  it('makes the readers’ variants (480, 800, 1200 px WebP) of a JPEG, upright, served under /media', async () => {
    const answer = await upload('contributor', await jpeg(1600, 900), 'Rättssal i Malmö.JPG', { alt: 'En rättssal.', caption: 'Tingsrätten.', creditName: 'Lina Ek', creditAgency: 'TT' });
    expect(answer.status).toBe(201);
    const photo = (await answer.json()) as Photo;
    expect(photo.id).toMatch(/^rattssal-i-malmo-[0-9a-f]{8}$/);
    expect(photo).toMatchObject({ width: 1200, height: 675, alt: 'En rättssal.', caption: 'Tingsrätten.', credit: { name: 'Lina Ek', agency: 'TT' }, src: `/media/${photo.id}-800.webp` });
    expect(photo.sources).toEqual([480, 800, 1200].map((width) => ({ url: `/media/${photo.id}-${width}.webp`, width })));
    const reader = new Hono().get('/media/:file', (c) => serveMedia(c, test.mediaDir, c.req.param('file')));
    for (const source of photo.sources) {
      const served = await reader.request(source.url);
      expect(served.status).toBe(200);
      expect(served.headers.get('Content-Type')).toBe('image/webp');
      const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect([meta.format, meta.width]).toEqual(['webp', source.width]);
    }
    // Newest first in the picker's list.
    const list = (await (await call('/api/newsroom/media', as('editor'))).json()) as { items: Photo[] };
    expect(list.items[0]?.id).toBe(photo.id);
  });

  it('strips EXIF and GPS from what readers get, and turns a photo upright by its orientation', async () => {
    const tagged = await picture(1000, 600)
      .jpeg()
      .withExif({ IFD0: { Make: 'Kamera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 4/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 4/1 7/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const sent = await sharp(tagged).metadata();
    expect([sent.orientation, sent.exif?.toString('latin1').includes('Kamera')]).toEqual([6, true]);
    const answer = await upload('editor', new Blob([new Uint8Array(tagged)]), 'gps.jpg');
    expect(answer.status).toBe(201);
    const photo = (await answer.json()) as Photo;
    // Orientation 6: the 1000 × 600 sensor image is shown 600 wide and 1000 high.
    expect([photo.width, photo.height]).toEqual([480, 800]);
    for (const file of readdirSync(test.mediaDir).filter((name) => name.startsWith(photo.id))) {
      const meta = await sharp(`${test.mediaDir}/${file}`).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
    }
  });

  it('takes PNG and WebP, detected from the bytes, whatever the name says', async () => {
    const png = await upload('editor', new Blob([new Uint8Array(await picture(900, 500).png().toBuffer())], { type: 'text/plain' }), 'skiss.txt');
    expect(png.status).toBe(201);
    expect(((await png.json()) as Photo).sources.map((s) => s.width)).toEqual([480, 800]);
    const webp = await upload('editor', new Blob([new Uint8Array(await picture(300, 200).webp().toBuffer())]), 'liten.png');
    expect(webp.status).toBe(201);
    // Narrower than the smallest variant: given at its own width, never enlarged.
    expect(((await webp.json()) as Photo).sources.map((s) => s.width)).toEqual([300]);
  });

  it('refuses SVG, GIF, text and a truncated JPEG with a clear message, and stores nothing', async () => {
    const before = readdirSync(test.mediaDir).length;
    const svg = await upload('editor', new Blob(['<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(1)</script></svg>'], { type: 'image/jpeg' }), 'bild.jpg');
    expect(svg.status).toBe(415);
    expect((await errorOf(svg)).message).toBe('SVG-filer tas inte emot. Ladda upp en JPEG-, PNG- eller WebP-bild.');
    const gif = await upload('editor', new Blob([new Uint8Array(await picture(40, 40).gif().toBuffer())]), 'anim.gif');
    expect(gif.status).toBe(415);
    expect((await errorOf(gif)).message).toContain('GIF-filer tas inte emot');
    const text = await upload('editor', new Blob(['Det här är ingen bild.']), 'bild.webp');
    expect(text.status).toBe(415);
    expect((await errorOf(text)).message).toBe('Filen är ingen bild som kan läsas. Ladda upp en JPEG-, PNG- eller WebP-bild.');
    const whole = await picture(800, 600).jpeg().toBuffer();
    const truncated = await upload('editor', new Blob([new Uint8Array(whole.subarray(0, Math.floor(whole.length * 0.6)))]), 'avbruten.jpg');
    expect(truncated.status).toBe(422);
    expect((await errorOf(truncated)).message).toMatch(/^Bilden är trasig eller ofullständig/);
    expect(readdirSync(test.mediaDir).length).toBe(before);
  });

  it('refuses a photo over 40 megapixels before decoding it (422), and a file over 15 MB (413)', async () => {
    const bomb = await sharp({ create: { width: 8000, height: 5000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 1 }).toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const tooMany = await upload('editor', new Blob([new Uint8Array(bomb)]), 'stor.png');
    expect(tooMany.status).toBe(422);
    expect((await errorOf(tooMany)).message).toBe('Bilden är för stor: högst 36 megapixel. Minska den och försök igen.');
    const big = new Uint8Array(15 * 1024 * 1024 + 100 * 1024);
    const tooLarge = await upload('editor', new Blob([big]), 'enorm.jpg');
    expect(tooLarge.status).toBe(413);
    expect(await errorOf(tooLarge)).toEqual({ code: 'payload_too_large', message: 'Bilden är större än 15 MB. Minska den och försök igen.' });
  });

  it('keeps the small limit, and JSON only, for every other staff post; uploads only from our own site', async () => {
    const large = await call('/api/newsroom/media/x', as('editor', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ alt: 'x'.repeat(20 * 1024) }) }));
    expect(large.status).toBe(413);
    const form = new FormData();
    form.set('headline', 'Rubrik');
    const multipartArticle = await call('/api/newsroom/articles', as('editor', { method: 'POST', body: form }));
    expect(multipartArticle.status).toBe(415);
    const jsonUpload = await call('/api/newsroom/media', as('editor', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    expect(jsonUpload.status).toBe(415);
    const crossSite = await upload('editor', await jpeg(500, 300), 'annan.jpg', {}, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
  });

  it('sets alt text, caption and credit later, and lists the writers for the byline', async () => {
    const photo = (await (await upload('contributor', await jpeg(500, 300), 'senare.jpg')).json()) as Photo;
    expect(photo).toMatchObject({ alt: '', credit: { name: '' } });
    const described = await call(`/api/newsroom/media/${photo.id}`, as('contributor', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ alt: 'Ett domstolshus.', caption: 'Hovrätten.', credit: { name: 'Tomas Oneborg', agency: 'TT' } }) }));
    expect(await described.json()).toMatchObject({ id: photo.id, alt: 'Ett domstolshus.', caption: 'Hovrätten.', credit: { name: 'Tomas Oneborg', agency: 'TT' } });
    expect((await call('/api/newsroom/media/finns-inte', as('contributor'))).status).toBe(404);
    const log = await store.staff.auditLog(20);
    expect(log.map((entry) => entry.action)).toEqual(expect.arrayContaining(['photo-uploaded', 'photo-described']));
    const authors = (await (await call('/api/newsroom/authors', as('moderator'))).json()) as { items: { id: string; name: string; role: string }[] };
    expect(authors.items.map((a) => a.id)).toContain('sara-lindqvist');
    expect(authors.items.every((a) => a.name && a.role)).toBe(true);
  });
});
