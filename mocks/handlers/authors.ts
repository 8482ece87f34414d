import { http, HttpResponse } from 'msw';
import { db } from '../db.ts';
import { notFound } from './respond.ts';

export const authorHandlers = [
  http.get('*/api/authors/:id', ({ params }) => {
    const author = db.author(String(params.id));
    return author ? HttpResponse.json(author) : notFound('Skribenten');
  }),
];
