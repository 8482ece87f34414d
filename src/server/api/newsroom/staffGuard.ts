import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { StaffMember } from '../../auth/roles';
import type { Store } from '../../store/store';
import { apiError, type ApiEnv } from '../respond';

// Who is asking, for every route under /api/newsroom: the session cookie, looked up in the
// store on every request (so a disabled account or a sign-out elsewhere ends it at once).

export const SESSION_COOKIE = 'redaktion-session';
/** A session ends after 12 hours without a request, and after 7 days in any case. */
const SESSION_LIMITS = { idleMs: 12 * 60 * 60 * 1000, maxMs: 7 * 24 * 60 * 60 * 1000 };

export type NewsroomEnv = ApiEnv;

export function sessionCookie(id: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${id}; Path=/; Max-Age=${SESSION_LIMITS.maxMs / 1000}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** Reads the session (if any) into c.var.staff; staff answers are never cached or indexed. */
export function readSession(store: Store): MiddlewareHandler<NewsroomEnv> {
  return async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    c.set('staff', id && /^[A-Za-z0-9_-]{43}$/.test(id) ? await store.staff.session(id, SESSION_LIMITS) : undefined);
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Robots-Tag', 'noindex');
  };
}

/** Lets the request on only for a signed-in staff member the rule allows: 401 signed out, 403 not allowed. */
export function allow(rule: (staff: StaffMember) => boolean): MiddlewareHandler<NewsroomEnv> {
  return async (c, next) => {
    const staff = c.get('staff');
    if (!staff) return apiError(401, 'unauthenticated', 'Logga in för att fortsätta');
    if (!rule(staff)) return apiError(403, 'forbidden', 'Din roll får inte göra det här');
    return next();
  };
}

export const signedIn = (c: Context<NewsroomEnv>): StaffMember => {
  const staff = c.get('staff');
  if (!staff) throw new Error('allow() must run first');
  return staff;
};
