import { can } from '../../auth/roles';
import type { Store } from '../../store/store';
import type { ApiApp } from '../respond';
import { allow } from './staffGuard';

/** GET /api/newsroom/authors: every writer (id, name, role), for the editor's byline picker; any staff role. */
export function newsroomAuthorRoutes(api: ApiApp, store: Store): void {
  api.get('/api/newsroom/authors', allow(can.signIn), async (c) => c.json({ items: await store.content.authors() }));
}
