import type { HttpBindings } from '@hono/node-server';
import type { Context, Hono } from 'hono';
import { settingCookie } from '../lib/cookies';
import { paths } from '../lib/paths';
import { RETURN_FIELD } from '../lib/settingsForm';
import { TEXT_SIZES } from '../lib/textSize';
import { jsonError } from './jsonError';

type Env = { Bindings: HttpBindings };

/** Each setting's form field, named as its cookie, and its choices; the first is the default (no cookie). */
const CHOICES: Record<string, readonly string[]> = { theme: ['system', 'light', 'dark'], textsize: TEXT_SIZES };

/** The Set-Cookie value for a field's posted value; undefined when the value is not one of its choices. */
function settingsCookie(field: string, value: string | null): string | undefined {
  const choices = CHOICES[field];
  if (!choices || value === null || !choices.includes(value)) return undefined;
  return settingCookie(field, value === choices[0] ? null : value);
}

/** A form post is a few short fields; anything longer is not ours. */
const MAX_BODY_BYTES = 1024;

/** Only a page of this site may change a reader's settings (the API's rule for posts). */
export function isFromOurSite(c: Context<Env>, publicOrigin: () => string): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('Origin');
  // Tools send no Origin; browsers always do on a form post.
  if (!origin) return true;
  return origin === publicOrigin();
}

/**
 * The path to send the reader back to: a path on this site, or the front page.
 * Never another host (`//evil.example`, `/\evil.example`, `https://…`).
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith('/')) return paths.home;
  const base = 'http://same.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return paths.home;
  }
  // Checked after the URL parser has normalised it: `/.//evil.example` becomes `//evil.example`.
  const path = url.pathname + url.search + url.hash;
  return url.origin === base && !path.startsWith('//') && !path.startsWith('/\\') ? path : paths.home;
}

/**
 * The settings forms of readers without the app's code (or before it has loaded):
 * the choice becomes the same cookie the app would set, and the reader goes back
 * to the page they were on, which the server then renders with it.
 */
export function mountSettings(app: Hono<Env>, publicOrigin: () => string): void {
  app.post(paths.settings, async (c) => {
    if (!isFromOurSite(c, publicOrigin)) return jsonError(403, 'forbidden_origin', 'Förfrågan kommer från en annan webbplats');
    if (!c.req.header('Content-Type')?.startsWith('application/x-www-form-urlencoded')) {
      return jsonError(415, 'unsupported_media_type', 'Inställningar skickas som ett formulär');
    }
    const body = await c.req.text();
    if (body.length > MAX_BODY_BYTES) return jsonError(413, 'payload_too_large', 'Formuläret är för stort');
    const form = new URLSearchParams(body);
    const cookies = Object.keys(CHOICES).map((field) => settingsCookie(field, form.get(field))).filter((cookie) => cookie !== undefined);
    if (cookies.length === 0) return jsonError(422, 'invalid_setting', 'Okänd inställning');
    const headers = new Headers({ Location: safeReturnPath(form.get(RETURN_FIELD)), 'Cache-Control': 'no-store' });
    for (const cookie of cookies) headers.append('Set-Cookie', cookie);
    return new Response(null, { status: 303, headers });
  });
}
