import { newStaffSchema, staffChangeSchema, type StaffAccount as StaffAccountAnswer } from '../../../newsroom/api/staffSchemas';
import { hashPassword, passwordProblem } from '../../auth/passwords';
import { can, ROLE_NAMES } from '../../auth/roles';
import type { StaffAccount } from '../../store/staff';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import { apiError, notFound, requestBody, type ApiApp } from '../respond';
import { allow, signedIn } from './staffGuard';

// Staff accounts and the audit log, for admins only: list, add (the initial password checked
// as the CLI checks it), rename, change role, disable (its sessions end at once) and enable;
// never leaving the newsroom without an active admin. Each change is in the audit log, in
// the same transaction.

/** Two admins demoting each other at once: the second waits for the first, then counts. */
const ADMINS_LOCK = 'staff admins';

const asAnswer = (account: StaffAccount): StaffAccountAnswer => ({
  id: account.id,
  email: account.email,
  name: account.name,
  role: account.role,
  roleName: ROLE_NAMES[account.role] ?? account.role,
  disabled: account.disabled,
  createdAt: account.createdAt,
  lastSignInAt: account.lastSignInAt,
});

const AUDIT_PAGE = { byDefault: 50, max: 200 };

/** A path's or query's id: a whole number, or undefined. */
const idOf = (value: string | undefined) => (value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : undefined);

export function newsroomStaffRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress }): void {
  const base = '/api/newsroom/staff';

  api.get(base, allow(can.administer), async (c) => c.json({ items: (await store.staff.list()).map(asAnswer) }));

  api.post(base, allow(can.administer), async (c) => {
    const staff = signedIn(c);
    const body = await requestBody(c.req.raw, newStaffSchema, 'Medarbetaren');
    if (body instanceof Response) return body;
    const email = body.email.toLowerCase();
    const problem = passwordProblem(body.password, [email, body.name]);
    if (problem) return apiError(422, 'validation_failed', 'Medarbetaren kunde inte tas emot', { password: [problem] });
    const passwordHash = await hashPassword(body.password);
    const id = await store.transaction(async (tx) => {
      await tx.lock(`staff ${email}`);
      if (await tx.staff.byEmail(email)) return undefined;
      const added = await tx.staff.add({ email, name: body.name, role: body.role, passwordHash });
      await tx.staff.audit({ staffId: staff.id, action: 'staff-added', subject: email, details: { name: body.name, role: body.role }, address: options.clientAddress(c) });
      return added;
    });
    if (id === undefined) return apiError(409, 'email_taken', 'Det finns redan en medarbetare med den e-postadressen', { email: ['Adressen används redan.'] });
    const account = await store.staff.byId(id);
    return c.json(account && asAnswer(account), 201);
  });

  api.patch(`${base}/:id`, allow(can.administer), async (c) => {
    const staff = signedIn(c);
    const id = idOf(c.req.param('id'));
    const body = await requestBody(c.req.raw, staffChangeSchema, 'Ändringen');
    if (body instanceof Response) return body;
    if (body.name === undefined && body.role === undefined && body.disabled === undefined) return apiError(422, 'validation_failed', 'Ändringen kunde inte tas emot', { body: ['Ange name, role eller disabled.'] });
    const address = options.clientAddress(c);
    const outcome = await store.transaction(async (tx) => {
      await tx.lock(ADMINS_LOCK);
      const account = id === undefined ? undefined : await tx.staff.byId(id);
      if (!account) return 'not-found' as const;
      const role = body.role ?? account.role;
      const disabled = body.disabled ?? account.disabled;
      const losesAdmin = account.role === 'admin' && !account.disabled && (role !== 'admin' || disabled);
      if (losesAdmin && (await tx.staff.activeAdmins()) <= 1) return 'last-admin' as const;
      const audit = (action: string, details: object = {}) => tx.staff.audit({ staffId: staff.id, action, subject: account.email, details, address });
      if (body.name !== undefined && body.name !== account.name) {
        await tx.staff.update(account.id, { name: body.name });
        await audit('staff-renamed', { from: account.name, to: body.name });
      }
      if (role !== account.role) {
        await tx.staff.update(account.id, { role });
        await audit('staff-role-changed', { from: account.role, to: role });
      }
      if (disabled && !account.disabled) {
        await tx.staff.disable(account.id);
        await audit('staff-disabled');
      } else if (!disabled && account.disabled) {
        await tx.staff.enable(account.id);
        await audit('staff-enabled');
      }
      return account.id;
    });
    if (outcome === 'not-found') return notFound('Medarbetaren');
    if (outcome === 'last-admin') {
      return apiError(409, 'last_admin', 'Redaktionen måste ha minst en aktiv administratör. Gör någon annan till administratör först.', {
        [body.disabled ? 'disabled' : 'role']: ['Den sista aktiva administratören kan inte stängas av eller få en annan roll.'],
      });
    }
    const account = await store.staff.byId(outcome);
    return c.json(account && asAnswer(account));
  });

  api.get('/api/newsroom/audit', allow(can.administer), async (c) => {
    const query = c.req.query();
    const fieldErrors: Record<string, string[]> = {};
    const before = idOf(query.before);
    if (query.before !== undefined && before === undefined) fieldErrors.before = ['Ska vara ett heltal.'];
    const limit = query.limit === undefined ? AUDIT_PAGE.byDefault : idOf(query.limit);
    if (limit === undefined || limit < 1 || limit > AUDIT_PAGE.max) fieldErrors.limit = [`Ska vara ett heltal 1–${AUDIT_PAGE.max}.`];
    const staffId = idOf(query.staff);
    if (query.staff !== undefined && staffId === undefined) fieldErrors.staff = ['Ska vara en medarbetares id.'];
    if (query.action !== undefined && !/^[a-z][a-z-]{0,49}$/.test(query.action)) fieldErrors.action = ['Okänd händelse.'];
    if (Object.keys(fieldErrors).length || limit === undefined) return apiError(422, 'validation_failed', 'Ogiltig fråga', fieldErrors);
    // One more than asked: whether there is a next page.
    const rows = await store.staff.auditPage({ before, limit: limit + 1, action: query.action, staffId });
    const items = rows.slice(0, limit).map(({ subject, details, ...row }) => ({ ...row, target: subject, details: details && typeof details === 'object' && !Array.isArray(details) ? details : {} }));
    const page = { items, next: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
    return c.json(page);
  });
}
