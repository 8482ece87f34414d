import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import { EMAIL_PARAM, OUTCOME_PARAM, type Outcome } from '../features/newsletter/postedSignup';
import { paths } from '../lib/paths';
import type { ApiApp } from './api/respond';
import { jsonError } from './jsonError';
import { isFromOurSite } from './settingsRoutes';

type Env = { Bindings: HttpBindings };

/** An address field and a little: anything longer is not our form. */
const MAX_BODY_BYTES = 2048;

/** The API's own sign-up: its rate limit, double opt-in, mail and answers. */
const SUBSCRIPTIONS = '/api/newsletter/subscriptions';

/** The API's answer to a sign-up, as the page says it. */
function outcomeOf(status: number): Outcome {
  if (status === 202) return 'skickad';
  if (status === 422) return 'ogiltig';
  if (status === 429) return 'for-manga';
  return 'otillganglig';
}

/**
 * The newsletter sign-up of readers without the app's code (or before it has loaded): the
 * form's post goes through the API's own route in-process, so its rate limit (counted for the
 * reader's address), double opt-in, mail and answers are the JavaScript form's. A sign-up that
 * went through is sent on to the page's "check your inbox" (303); a refused one gets the page
 * again with the typed address, its message and the API's status (422, 429, 503), never stored
 * or indexed (it names an address). Only a page of this site may post it (the settings' rule).
 */
export function mountNewsletterSignup(app: Hono<Env>, api: ApiApp, publicOrigin: () => string, render: (request: Request) => Promise<Response>): void {
  const privately = (response: Response, status = response.status) => {
    const headers = new Headers(response.headers);
    headers.set('Cache-Control', 'no-store');
    headers.set('X-Robots-Tag', 'noindex');
    headers.delete('Vary');
    return new Response(response.body, { status, headers });
  };

  // The page with an outcome in its address is one reader's: never kept by a shared cache, never indexed.
  app.on(['GET', 'HEAD'], paths.newsletter, async (c, next) => {
    await next();
    if (c.req.query(OUTCOME_PARAM) !== undefined) c.res = privately(c.res);
  });

  app.post(paths.newsletter, async (c) => {
    if (!isFromOurSite(c, publicOrigin)) return jsonError(403, 'forbidden_origin', 'Förfrågan kommer från en annan webbplats');
    if (!c.req.header('Content-Type')?.startsWith('application/x-www-form-urlencoded')) {
      return jsonError(415, 'unsupported_media_type', 'Anmälan skickas som ett formulär');
    }
    const body = await c.req.text();
    if (body.length > MAX_BODY_BYTES) return jsonError(413, 'payload_too_large', 'Formuläret är för stort');
    const email = new URLSearchParams(body).get('email') ?? '';

    const forwarded = c.req.header('X-Forwarded-For');
    const request = new Request(new URL(SUBSCRIPTIONS, c.req.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(forwarded ? { 'X-Forwarded-For': forwarded } : {}) },
      body: JSON.stringify({ email }),
    });
    // The reader's connection goes with it: the rate limit counts their address, as for the API's callers.
    const answer = await api.fetch(request, c.env);
    const outcome = outcomeOf(answer.status);
    if (outcome === 'skickad') {
      return new Response(null, { status: 303, headers: { Location: `${paths.newsletter}?${OUTCOME_PARAM}=${outcome}`, 'Cache-Control': 'no-store' } });
    }

    // The page as the reader's GET would get it (their theme and text size), told what became of the post.
    const page = new URL(paths.newsletter, c.req.url);
    page.searchParams.set(OUTCOME_PARAM, outcome);
    page.searchParams.set(EMAIL_PARAM, email);
    const cookie = c.req.header('Cookie');
    const rendered = await render(new Request(page, { headers: cookie ? { Cookie: cookie } : {} }));
    const response = privately(rendered, rendered.status >= 500 ? rendered.status : answer.status);
    const retryAfter = answer.headers.get('Retry-After');
    if (retryAfter) response.headers.set('Retry-After', retryAfter);
    return response;
  });
}
