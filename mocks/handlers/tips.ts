import { http } from 'msw';
import { tipRequestSchema } from '../../src/features/tips/schema.ts';
import { db } from '../db.ts';
import { idempotent, notFound, requestBody } from './respond.ts';

export const tipHandlers = [
  http.post('*/api/articles/:slug/tips', async ({ params, request }) => {
    if (!db.article(String(params.slug))) return notFound('Artikeln');
    const tip = await requestBody(request, tipRequestSchema, 'Tipset');
    if (tip instanceof Response) return tip;
    const sent = new Set(tip.recipients.map((address) => address.toLowerCase())).size;
    return idempotent(request, db.remembered, () => ({ status: 202, body: { sent } }), db.remember);
  }),
];
