import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { server } from '../../mocks/node.ts';
import { apiRequest } from '../../src/lib/apiClient';
import { ApiError } from '../../src/lib/apiError';

// A schema may be given as a loader: the browser fetches the schemas with its first request.
const greeting = z.object({ text: z.string() });

describe('apiRequest with a schema that loads with the request', () => {
  it('checks the answer against the loaded schema', async () => {
    server.use(http.get('*/api/greeting', () => HttpResponse.json({ text: 'Hej' })));
    await expect(apiRequest('/api/greeting', async () => greeting)).resolves.toEqual({ text: 'Hej' });

    server.use(http.get('*/api/greeting', () => HttpResponse.json({ text: 42 })));
    await expect(apiRequest('/api/greeting', async () => greeting)).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('reports a schema that cannot load as a network failure, which the page offers to retry', async () => {
    server.use(http.get('*/api/greeting', () => HttpResponse.json({ text: 'Hej' })));
    const failed = apiRequest('/api/greeting', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    await expect(failed).rejects.toMatchObject({ kind: 'network' });
  });

  it('still reads the error shape of a refused request', async () => {
    server.use(http.get('*/api/greeting', () => HttpResponse.json({ error: { code: 'gone', message: 'Borta' } }, { status: 410 })));
    await expect(apiRequest('/api/greeting', async () => greeting)).rejects.toMatchObject({ kind: 'http', status: 410, code: 'gone', message: 'Borta' });
  });
});
