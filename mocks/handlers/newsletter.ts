import { http } from 'msw';
import { subscriptionRequestSchema } from '../../src/features/newsletter/schema.ts';
import { db } from '../db.ts';
import { idempotent, requestBody } from './respond.ts';

export const newsletterHandlers = [
  http.post('*/api/newsletter/subscriptions', async ({ request }) => {
    const subscription = await requestBody(request, subscriptionRequestSchema, 'Anmälan');
    if (subscription instanceof Response) return subscription;
    const { email } = subscription;
    return idempotent(request, () =>
      db.subscribe(email)
        ? { status: 201, body: { email, status: 'subscribed' } }
        : { status: 409, body: { error: { code: 'already_subscribed', message: 'Adressen prenumererar redan' } } },
    );
  }),
];
