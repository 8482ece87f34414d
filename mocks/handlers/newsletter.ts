import { http, HttpResponse } from 'msw';
import { newsletterLinkRequestSchema } from '../../src/features/newsletter/linkSchema.ts';
import { subscriptionRequestSchema } from '../../src/features/newsletter/schema.ts';
import { db } from '../db.ts';
import { apiError, idempotent, requestBody } from './respond.ts';

// The newsletter as the mock answers it. No mail leaves, so its links are made by hand: a
// token is `b.mock.<address, base64url>` (confirm) or `a.mock.…` (leave), unsigned;
// `b.mock.utgangen` has expired. Example: /nyhetsbrev/avsluta?token=a.mock.cmVkYW5AZXhhbXBsZS5zZQ

const TOKEN = /^([ab])\.mock\.([A-Za-z0-9_-]+)$/;

function addressOf(token: string, prefix: 'a' | 'b'): string | 'expired' | undefined {
  const parts = TOKEN.exec(token);
  if (!parts || parts[1] !== prefix) return undefined;
  if (parts[2] === 'utgangen') return 'expired';
  try {
    const email = atob((parts[2] ?? '').replace(/-/g, '+').replace(/_/g, '/'));
    return db.subscriber(email) ? email : undefined;
  } catch {
    return undefined;
  }
}

const invalid = () => apiError(404, 'invalid_token', 'Länken är inte giltig');
const expired = () => apiError(410, 'token_expired', 'Länken har slutat gälla');

export const newsletterHandlers = [
  http.post('*/api/newsletter/subscriptions', async ({ request }) => {
    const subscription = await requestBody(request, subscriptionRequestSchema, 'Anmälan');
    if (subscription instanceof Response) return subscription;
    const { email } = subscription;
    return idempotent(request, () => {
      db.subscribe(email);
      return { status: 202, body: { email, status: 'pending' } };
    });
  }),

  http.get('*/api/newsletter/link', ({ request }) => {
    const token = new URL(request.url).searchParams.get('token') ?? '';
    const purpose = token.startsWith('a.') ? 'unsubscribe' : 'confirm';
    const email = addressOf(token, purpose === 'unsubscribe' ? 'a' : 'b');
    if (email === 'expired') return expired();
    if (!email) return invalid();
    return HttpResponse.json({ purpose, email, status: db.subscriber(email) }, { headers: { 'Cache-Control': 'no-store' } });
  }),

  ...(['confirmations', 'unsubscriptions'] as const).map((kind) =>
    http.post(`*/api/newsletter/${kind}`, async ({ request }) => {
      const body = await requestBody(request, newsletterLinkRequestSchema, kind === 'confirmations' ? 'Bekräftelsen' : 'Avanmälan');
      if (body instanceof Response) return body;
      const email = addressOf(body.token, kind === 'confirmations' ? 'b' : 'a');
      if (email === 'expired') return expired();
      if (!email) return invalid();
      const status = kind === 'confirmations' ? 'confirmed' : 'unsubscribed';
      db.setSubscriber(email, status);
      return HttpResponse.json({ email, status }, { headers: { 'Cache-Control': 'no-store' } });
    }),
  ),
];
