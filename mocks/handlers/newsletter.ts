import { http } from 'msw';
import { isEmailAddress } from '../../src/lib/email.ts';
import { db } from '../db.ts';
import { apiError, badJson, idempotent, jsonBody } from './respond.ts';

export const newsletterHandlers = [
  http.post('*/api/newsletter/subscriptions', async ({ request }) => {
    const body = await jsonBody(request);
    if (!body) return badJson();
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    if (!isEmailAddress(email))
      return apiError(422, 'validation_failed', 'Ogiltig e-postadress', { email: ['Skriv en giltig e-postadress.'] });
    return idempotent(
      request,
      db.remembered,
      () =>
        db.subscribe(email)
          ? { status: 201, body: { email, status: 'subscribed' } }
          : { status: 409, body: { error: { code: 'already_subscribed', message: 'Adressen prenumererar redan' } } },
      db.remember,
    );
  }),
];
