import { hashPassword } from '../../src/server/auth/passwords';
import { ROLES, type Role } from '../../src/server/auth/roles';
import type { Store } from '../../src/server/store/store';

/**
 * One staff account per role (`<role>@rattslaget.example`, all with `password`), each signed in
 * through the API as the staff UI signs in: the session cookie per role, for the role matrices.
 */
export async function signInEveryRole(store: Store, call: (url: string, init: RequestInit) => Promise<Response>, password: string): Promise<Record<Role, string>> {
  const passwordHash = await hashPassword(password);
  const cookies = {} as Record<Role, string>;
  for (const role of ROLES) {
    const email = `${role}@rattslaget.example`;
    await store.staff.add({ email, name: role, role, passwordHash });
    const answer = await call('/api/newsroom/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
    cookies[role] = (answer.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  }
  return cookies;
}
