import { http } from 'msw';
import { tipRequestSchema } from '../../src/features/tips/schema.ts';
import { db } from '../db.ts';
import { idempotent, notFound, requestBody } from './respond.ts';

export const tipHandlers = [
  http.post('*/api/articles/:slug/tips', async ({ params, request }) => {
    const slug = String(params.slug);
    if (!db.article(slug)) return notFound('Artikeln');
    const tip = await requestBody(request, tipRequestSchema, 'Tipset');
    if (tip instanceof Response) return tip;
    // Each address once, as a mailer would send it: the first spelling of it is kept.
    const seen = new Set<string>();
    const recipients = tip.recipients.filter((address) => !seen.has(address.toLowerCase()) && seen.add(address.toLowerCase()));
    return idempotent(request, () => {
      db.addTip({ slug, recipients, senderName: tip.senderName, senderEmail: tip.senderEmail, message: tip.message || undefined, sentAt: new Date().toISOString() });
      return { status: 202, body: { sent: recipients.length } };
    });
  }),
];
