import { http } from 'msw';
import { isSafeSenderName, parseRecipients } from '../../src/features/tips/parseRecipients.ts';
import { isEmailAddress } from '../../src/lib/email.ts';
import { MAX_TIP_RECIPIENTS } from '../../src/features/tips/schema.ts';
import { db } from '../db.ts';
import { apiError, badJson, idempotent, jsonBody, notFound } from './respond.ts';

export const tipHandlers = [
  http.post('*/api/articles/:slug/tips', async ({ params, request }) => {
    if (!db.article(String(params.slug))) return notFound('Artikeln');
    const body = await jsonBody(request);
    if (!body) return badJson();
    const recipients = Array.isArray(body.recipients) ? body.recipients.filter((r) => typeof r === 'string') : [];
    const senderName = typeof body.senderName === 'string' ? body.senderName : '';
    const senderEmail = typeof body.senderEmail === 'string' ? body.senderEmail.trim() : '';
    const parsed = parseRecipients(recipients.join('\n'), Number.POSITIVE_INFINITY);
    const fieldErrors: Record<string, string[]> = {};
    if (parsed.invalid.length) fieldErrors.recipients = parsed.invalid.map((r) => `ogiltig adress: ${r}`);
    else if (!parsed.addresses.length) fieldErrors.recipients = ['Ange minst en mottagare.'];
    else if (parsed.addresses.length > MAX_TIP_RECIPIENTS) fieldErrors.recipients = [`Högst ${MAX_TIP_RECIPIENTS} mottagare.`];
    if (!isSafeSenderName(senderName)) fieldErrors.senderName = ['Skriv ditt namn på en rad.'];
    if (!isEmailAddress(senderEmail)) fieldErrors.senderEmail = ['Skriv en giltig e-postadress.'];
    if (typeof body.message === 'string' && body.message.length > 1000) fieldErrors.message = ['Högst 1000 tecken.'];
    if (Object.keys(fieldErrors).length) return apiError(422, 'validation_failed', 'Tipset kunde inte skickas', fieldErrors);
    return idempotent(request, db.remembered, () => ({ status: 202, body: { sent: parsed.addresses.length } }), db.remember);
  }),
];
