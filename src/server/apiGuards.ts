import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { jsonError } from './jsonError';

// What stands between the open internet and the embedded API's handlers: a body
// size limit, JSON only, same-site posts only, and rate limits per client address.

/** Larger than any valid comment or tip (the schemas' limits), small enough to refuse at once. */
const MAX_BODY_BYTES = 16 * 1024;

/** Posts a client address may make a minute, per kind of post. */
export type RateLimits = { comments: number; reports: number; tips: number; subscriptions: number };

export const DEFAULT_RATE_LIMITS: RateLimits = {
  comments: 5,
  // A tip form is an e-mail relay once a mailer sits behind it.
  tips: 3,
  subscriptions: 5,
  reports: 10,
};

export type GuardOptions = {
  rateLimits: RateLimits;
  /** Behind a trusted proxy: the client is the address the proxy saw (the last X-Forwarded-For entry). */
  trustProxy: boolean;
  /** The site's own origin (PUBLIC_ORIGIN), besides the request's own. */
  publicOrigin: string | undefined;
};

type Env = { Bindings: HttpBindings };

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Which limit a mutation counts against, by its path. */
function postKind(path: string): keyof RateLimits | undefined {
  if (/^\/api\/articles\/[^/]+\/comments$/.test(path)) return 'comments';
  if (/^\/api\/articles\/[^/]+\/tips$/.test(path)) return 'tips';
  if (path === '/api/newsletter/subscriptions') return 'subscriptions';
  if (/^\/api\/comments\/[^/]+\/reports$/.test(path)) return 'reports';
  return undefined;
}

function clientAddress(c: Context<Env>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return c.env.incoming.socket.remoteAddress ?? 'unknown';
}

/** A post from a page of another site (its Origin, or the browser's Sec-Fetch-Site) is refused. */
function isCrossSite(c: Context<Env>, publicOrigin: string | undefined): boolean {
  if (c.req.header('Sec-Fetch-Site') === 'cross-site') return true;
  const origin = c.req.header('Origin');
  // Tools and servers send no Origin; browsers always do on a POST.
  if (!origin) return false;
  return origin !== new URL(c.req.url).origin && origin !== publicOrigin;
}

/** A body must be JSON; a post without one (a report) may leave the type out, as fetch does. */
function isJsonOrEmpty(c: Context<Env>): boolean {
  const contentType = c.req.header('Content-Type');
  if (contentType === undefined) return !c.req.header('Transfer-Encoding') && Number(c.req.header('Content-Length') ?? 0) === 0;
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The embedded API's guards, in the order a request meets them. */
export function apiGuards(options: GuardOptions): MiddlewareHandler<Env>[] {
  const limiters = Object.fromEntries(
    Object.entries(options.rateLimits).map(([kind, points]) => [kind, new RateLimiterMemory({ keyPrefix: kind, points, duration: 60 })]),
  ) as Record<keyof RateLimits, RateLimiterMemory>;

  const sameSiteJson: MiddlewareHandler<Env> = async (c, next) => {
    // The test switches (mounted only with MOCK_SWITCHES=1) are posted to by test runners.
    if (!MUTATIONS.has(c.req.method) || c.req.path.startsWith('/api/__mock')) return next();
    if (isCrossSite(c, options.publicOrigin)) return jsonError(403, 'forbidden_origin', 'Förfrågan kommer från en annan webbplats');
    if (!isJsonOrEmpty(c)) return jsonError(415, 'unsupported_media_type', 'Skicka förfrågan som application/json');
    return next();
  };

  const limitSize = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    // The rest of the body is not read: the connection closes after the answer.
    onError: () => jsonError(413, 'payload_too_large', `Förfrågan är större än ${MAX_BODY_BYTES / 1024} kB`, { Connection: 'close' }),
  });

  const rateLimit: MiddlewareHandler<Env> = async (c, next) => {
    const kind = MUTATIONS.has(c.req.method) ? postKind(c.req.path) : undefined;
    if (!kind) return next();
    try {
      await limiters[kind].consume(clientAddress(c, options.trustProxy));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      return jsonError(429, 'rate_limited', 'För många förfrågningar, försök igen om en stund', { 'Retry-After': seconds });
    }
    return next();
  };

  return [sameSiteJson, limitSize, rateLimit];
}
