import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { z } from 'zod/mini';
import { verifyPassword } from '../../auth/passwords';
import { can, ROLE_NAMES } from '../../auth/roles';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import { apiError, requestBody } from '../respond';
import { allow, clearedSessionCookie, readSession, SESSION_COOKIE, sessionCookie, signedIn, type NewsroomEnv } from './staffGuard';

export const signInSchema = z.object({ email: z.string().check(z.maxLength(254)), password: z.string().check(z.maxLength(1024)) });

/** Failed sign-ins allowed per account, and per address, in 15 minutes. */
const FAILURES = { account: 5, address: 20, seconds: 15 * 60 };

const WRONG = 'Fel e-post eller lösenord';

type Options = { clientAddress: ClientAddress; secureCookies: boolean; postgres?: pg.Pool };

/** POST (sign in), GET (who am I) and DELETE (sign out) /api/newsroom/session. */
export function sessionRoutes(api: Hono<NewsroomEnv>, store: Store, options: Options): void {
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract =>
    options.postgres
      ? new RateLimiterPostgres({ storeClient: options.postgres, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix, points, duration: FAILURES.seconds })
      : new RateLimiterMemory({ keyPrefix, points, duration: FAILURES.seconds });
  const failures = { account: limiter('signin-account', FAILURES.account), address: limiter('signin-address', FAILURES.address) };

  /** Seconds until this account and address may try again, or 0. */
  const blockedFor = async (email: string, address: string) => {
    const [account, from] = await Promise.all([failures.account.get(email), failures.address.get(address)]);
    const waits = [
      account && account.consumedPoints >= FAILURES.account ? account.msBeforeNext : 0,
      from && from.consumedPoints >= FAILURES.address ? from.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...waits) / 1000);
  };
  const tooMany = (seconds: number) =>
    apiError(429, 'too_many_attempts', `För många misslyckade inloggningar. Försök igen om ${Math.ceil(seconds / 60)} minuter.`, undefined, { 'Retry-After': String(seconds) });

  api.use('/api/newsroom/*', readSession(store));

  api.post('/api/newsroom/session', async (c) => {
    const body = await requestBody(c.req.raw, signInSchema, 'Inloggningen');
    if (body instanceof Response) return body;
    const email = body.email.trim().toLowerCase();
    const address = options.clientAddress(c);
    const wait = await blockedFor(email, address);
    if (wait > 0) return tooMany(wait);
    const account = await store.staff.byEmail(email);
    // Unknown e-mail and wrong password: the same answer, after the same work.
    const matches = await verifyPassword(account?.passwordHash, body.password);
    if (!account || !matches || account.disabled) {
      await Promise.all([failures.account.penalty(email).catch(() => undefined), failures.address.penalty(address).catch(() => undefined)]);
      await store.staff.audit({ staffId: account?.id ?? null, action: 'sign-in-failed', subject: email, address });
      return apiError(401, 'wrong_credentials', WRONG);
    }
    // A new id at every sign-in (a session id planted before it is worth nothing), and the old one ended.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await store.staff.endSession(previous);
    const id = randomBytes(32).toString('base64url');
    await store.transaction(async (tx) => {
      await tx.staff.startSession(account.id, id);
      await tx.staff.audit({ staffId: account.id, action: 'sign-in', subject: account.email, address });
    });
    await Promise.all([failures.account.delete(email).catch(() => undefined)]);
    const staff = { id: account.id, email: account.email, name: account.name, role: account.role };
    return c.json({ staff: { ...staff, roleName: ROLE_NAMES[staff.role] } }, 201, { 'Set-Cookie': sessionCookie(id, options.secureCookies) });
  });

  api.get('/api/newsroom/session', allow(can.signIn), (c) => {
    const staff = signedIn(c);
    return c.json({ staff: { ...staff, roleName: ROLE_NAMES[staff.role] } });
  });

  api.delete('/api/newsroom/session', async (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    const staff = c.get('staff');
    if (id) await store.staff.endSession(id);
    if (staff) await store.staff.audit({ staffId: staff.id, action: 'sign-out', subject: staff.email, address: options.clientAddress(c) });
    return new Response(null, { status: 204, headers: { 'Set-Cookie': clearedSessionCookie(options.secureCookies) } });
  });
}

