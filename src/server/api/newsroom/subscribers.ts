import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { EMAIL_MAX } from '../../../lib/email';
import { can } from '../../auth/roles';
import type { Subscriber } from '../../store/newsletter';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import { notFound, type ApiApp } from '../respond';
import { allow, signedIn } from './staffGuard';

// The newsletter's subscribers for admins: the confirmed ones as CSV, and an address
// deleted on its owner's request (`npm run subscribers -- delete <e-post>` does the same).

/** A cell a spreadsheet would run as a formula (CSV injection) is made text with a leading apostrophe. */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Confirmed subscribers as CSV (UTF-8 with a BOM, so that spreadsheet programs read å, ä and ö). */
export function subscribersCsv(subscribers: Subscriber[]): string {
  const rows = subscribers.map((s) => [s.email, s.confirmedAt ?? '', s.signedUpAt, s.consentWording ?? ''].map(asText));
  return `\uFEFF${Papa.unparse({ fields: ['e-post', 'bekräftad', 'anmäld', 'samtycke'], data: rows }, { newline: '\r\n' })}\r\n`;
}

/** The audit log names a deleted address by a hash of it: what was deleted can be checked, not read. */
export const addressHash = (email: string) => `sha256:${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16)}`;

export function newsroomSubscriberRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress }): void {
  api.get('/api/newsroom/subscribers.csv', allow(can.administer), async (c) => {
    const staff = signedIn(c);
    const subscribers = await store.newsletter.confirmed();
    await store.staff.audit({ staffId: staff.id, action: 'subscribers-exported', details: { count: subscribers.length }, address: options.clientAddress(c) });
    const day = new Date(store.now()).toISOString().slice(0, 10);
    return new Response(subscribersCsv(subscribers), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="prenumeranter-${day}.csv"` },
    });
  });

  api.delete('/api/newsroom/subscribers/:email', allow(can.administer), async (c) => {
    const staff = signedIn(c);
    const email = c.req.param('email').trim().toLowerCase();
    if (email.length > EMAIL_MAX) return notFound('Adressen');
    const removed = await store.transaction(async (tx) => {
      if (!(await tx.newsletter.remove(email))) return false;
      await tx.staff.audit({ staffId: staff.id, action: 'subscriber-deleted', subject: addressHash(email), details: {}, address: options.clientAddress(c) });
      return true;
    });
    return removed ? new Response(null, { status: 204 }) : notFound('Adressen');
  });
}
