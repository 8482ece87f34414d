// @vitest-environment node
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { mountSettings, safeReturnPath } from '../../src/server/settingsRoutes';

const ORIGIN = 'http://127.0.0.1:4173';

function post(body: string, headers: Record<string, string> = {}) {
  const app = new Hono<{ Bindings: HttpBindings }>();
  mountSettings(app, () => ORIGIN);
  return app.request(`${ORIGIN}/installningar`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', ...headers },
  });
}

describe('the settings forms a reader posts without scripts', () => {
  it('stores the dark theme in the cookie the page is rendered from and sends the reader back to the page', async () => {
    const answer = await post('theme=dark&tillbaka=%2Fartikel%2Fnagot%3Fa%3D1%23kommentarer');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('Location')).toBe('/artikel/nagot?a=1#kommentarer');
    expect(answer.headers.get('Set-Cookie')).toBe('theme=dark; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
  });

  it('forgets the cookie when the reader goes back to the default (Auto, Normal)', async () => {
    expect((await post('theme=system&tillbaka=/')).headers.get('Set-Cookie')).toBe('theme=; Path=/; Max-Age=0; SameSite=Lax');
    expect((await post('textsize=normal&tillbaka=/')).headers.get('Set-Cookie')).toBe('textsize=; Path=/; Max-Age=0; SameSite=Lax');
    expect((await post('textsize=larger&tillbaka=/')).headers.get('Set-Cookie')).toBe('textsize=larger; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('refuses a value that is not one of the choices, with no cookie set', async () => {
    const answer = await post('theme=%3Cscript%3E&tillbaka=/');
    expect(answer.status).toBe(422);
    expect(answer.headers.get('Set-Cookie')).toBeNull();
  });

  it('refuses a post from another site, and anything but a form', async () => {
    expect((await post('theme=dark', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post('theme=dark', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('theme=dark', { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    // Only the site's own origin (PUBLIC_ORIGIN, or the address it listens on) counts as ours.
    expect((await post('theme=dark', { Origin: 'https://www.example.se' })).status).toBe(403);
    expect((await post('theme=dark', { Origin: ORIGIN })).status).toBe(303);
    expect((await post('{"theme":"dark"}', { 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await post(`theme=dark&x=${'a'.repeat(2000)}`)).status).toBe(413);
  });

  it('never sends the reader to another site, whatever the form says', async () => {
    for (const target of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', 'artikel', '/%2F%2Fevil.example', '/\t/evil.example', '/.//evil.example', '/a/..//evil.example', '/%2e//evil.example']) {
      const location = safeReturnPath(target);
      expect(location, target).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, ORIGIN).origin, target).toBe(ORIGIN);
    }
    expect((await post('theme=dark&tillbaka=%2F%2Fevil.example%2F')).headers.get('Location')).toBe('/');
    expect(safeReturnPath('/sok?q=domstol&sektion=arbetsratt')).toBe('/sok?q=domstol&sektion=arbetsratt');
  });
});
