import { http, HttpResponse } from 'msw';
import { db } from '../db.ts';
import { notFound } from './respond.ts';

export const statsHandlers = [
  http.get('*/api/stats', () => HttpResponse.json({ items: db.statsList() })),
  http.get('*/api/stats/:id', ({ params }) => {
    const stats = db.stats(String(params.id));
    return stats ? HttpResponse.json(stats) : notFound('Statistiken');
  }),
];
