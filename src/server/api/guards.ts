import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { jsonError } from '../jsonError';

// What stands between the open internet and the API's routes: a body size limit, JSON
// only, same-site posts only, and rate limits per client address, which belong to the
// route (and a default one for a post to any other path).

/** Larger than any valid comment or tip (the schemas' limits), small enough to refuse at once. */
const MAX_BODY_BYTES = 16 * 1024;
/**
 * A newsroom's article save (POST, PUT): its blocks, captions and links. A long feature of
 * 10 000 words with its marks is about 100 KB of JSON; anything past 256 KB is not an article.
 */
const MAX_ARTICLE_BYTES = 256 * 1024;
const ARTICLE_WRITE = /^\/api\/newsroom\/articles(?:\/\d{1,12})?$/;

/** The posts that carry a file: multipart instead of JSON, and their own size limit (a photo of 15 MB and its form fields). */
const UPLOADS: Record<string, { maxBytes: number; tooLarge: string }> = {
  '/api/newsroom/media': { maxBytes: 15 * 1024 * 1024 + 64 * 1024, tooLarge: 'Bilden är större än 15 MB. Minska den och försök igen.' },
};

/** JSON posts that carry a table (a statistics set's numbers as CSV) may be larger than a reader's post. */
const TABLE_POSTS = /^\/api\/newsroom\/stats(\/[a-z0-9-]+)?$/;
const MAX_TABLE_BYTES = 256 * 1024;

const uploadAt = (c: Context<Env>) => (c.req.method === 'POST' ? UPLOADS[c.req.path] : undefined);

const isMultipart = (c: Context<Env>) => c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';

/** Posts a client address may make a minute, per kind of post. */
export type RateLimits = { comments: number; reports: number; tips: number; subscriptions: number; other: number };

export const DEFAULT_RATE_LIMITS: RateLimits = {
  comments: 5,
  // A tip form is an e-mail relay once a mailer sits behind it.
  tips: 3,
  subscriptions: 5,
  reports: 10,
  // Posts to paths the API does not have: probes, not readers.
  other: 20,
};

export type GuardOptions = {
  rateLimits: RateLimits;
  /** Behind a trusted proxy: the client is the address the proxy saw (the last X-Forwarded-For entry). */
  trustProxy: boolean;
  /** The site's public origin (PUBLIC_ORIGIN), which browsers' posts come from. */
  publicOrigin: string | undefined;
  /** With several instances: the limits are counted in PostgreSQL, so every instance sees every post. */
  postgres?: pg.Pool;
};

type Env = { Bindings: HttpBindings };

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the client's address is read from: any route's context. */
type Asking = { env: Partial<HttpBindings> | undefined; req: { header(name: string): string | undefined } };

export type ClientAddress = (c: Asking) => string;

export function clientAddressReader(trustProxy: boolean): ClientAddress {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    // Rendering calls the API in-process: there is no socket, and no limit applies.
    return c.env?.incoming?.socket.remoteAddress ?? 'in-process';
  };
}

/** A post from a page of another site (its Origin, or the browser's Sec-Fetch-Site) is refused. */
function isCrossSite(c: Context<Env>, publicOrigin: string | undefined): boolean {
  if (c.req.header('Sec-Fetch-Site') === 'cross-site') return true;
  const origin = c.req.header('Origin');
  // Tools and servers send no Origin; browsers always do on a POST.
  if (!origin) return false;
  return origin !== (publicOrigin ?? new URL(c.req.url).origin);
}

/** A body must be JSON; a post without one (a report) may leave the type out, as fetch does. */
function isJsonOrEmpty(c: Context<Env>): boolean {
  const contentType = c.req.header('Content-Type');
  if (contentType === undefined) return !c.req.header('Transfer-Encoding') && Number(c.req.header('Content-Length') ?? 0) === 0;
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Same-site JSON posts within the size limit: for every mutation, before any route. */
export function postGuards(options: GuardOptions): MiddlewareHandler<Env>[] {
  const sameSiteJson: MiddlewareHandler<Env> = async (c, next) => {
    if (!MUTATIONS.has(c.req.method)) return next();
    if (isCrossSite(c, options.publicOrigin)) return jsonError(403, 'forbidden_origin', 'Förfrågan kommer från en annan webbplats');
    if (uploadAt(c)) return isMultipart(c) ? next() : jsonError(415, 'unsupported_media_type', 'Skicka bilden som multipart/form-data');
    if (!isJsonOrEmpty(c)) return jsonError(415, 'unsupported_media_type', 'Skicka förfrågan som application/json');
    return next();
  };
  const limit = (maxSize: number, message: string) =>
    bodyLimit({
      maxSize,
      // The rest of the body is not read: the connection closes after the answer.
      onError: () => jsonError(413, 'payload_too_large', message, { Connection: 'close' }),
    });
  const small = limit(MAX_BODY_BYTES, `Förfrågan är större än ${MAX_BODY_BYTES / 1024} kB`);
  const uploads = new Map(Object.values(UPLOADS).map((upload) => [upload, limit(upload.maxBytes, upload.tooLarge)]));
  const table = limit(MAX_TABLE_BYTES, `Förfrågan är större än ${MAX_TABLE_BYTES / 1024} kB`);
  const articleSave = limit(MAX_ARTICLE_BYTES, `Förfrågan är större än ${MAX_ARTICLE_BYTES / 1024} kB`);
  const limitSize: MiddlewareHandler<Env> = (c, next) => {
    const upload = uploadAt(c);
    if (upload) return uploads.get(upload)!(c, next);
    if (TABLE_POSTS.test(c.req.path)) return table(c, next);
    if ((c.req.method === 'POST' || c.req.method === 'PUT') && ARTICLE_WRITE.test(c.req.path)) return articleSave(c, next);
    return small(c, next);
  };
  return [sameSiteJson, limitSize];
}

/** A middleware per kind of post that counts it against the client address's limit. */
export function rateLimiters(options: GuardOptions): Record<keyof RateLimits, MiddlewareHandler<Env>> {
  const clientAddress = clientAddressReader(options.trustProxy);
  const limiter = (kind: string, points: number): RateLimiterAbstract =>
    options.postgres
      ? new RateLimiterPostgres({ storeClient: options.postgres, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix: kind, points, duration: 60 })
      : new RateLimiterMemory({ keyPrefix: kind, points, duration: 60 });
  const middleware = (kind: string, points: number): MiddlewareHandler<Env> => {
    const limits = limiter(kind, points);
    return async (c, next) => {
      const address = clientAddress(c);
      if (address === 'in-process') return next();
      try {
        await limits.consume(address);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const seconds = String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
        return jsonError(429, 'rate_limited', 'För många förfrågningar, försök igen om en stund', { 'Retry-After': seconds });
      }
      return next();
    };
  };
  const entries = Object.entries(options.rateLimits).map(([kind, points]) => [kind, middleware(kind, points)]);
  return Object.fromEntries(entries) as Record<keyof RateLimits, MiddlewareHandler<Env>>;
}
