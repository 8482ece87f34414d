import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const ARTICLE = '/artikel/samtyckeslagen-sa-fungerar-den';

/** Counts the requests a handler sees, answering each with `respond`. */
function counting(path: string, respond: () => Response) {
  const times: number[] = [];
  server.use(
    http.get(path, () => {
      times.push(performance.now());
      return respond();
    }),
  );
  return times;
}

describe('the retry policy for reads', () => {
  it('retries a transient failure twice, with growing pauses, then recovers', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/articles/:slug', () => {
        calls++;
        return calls < 3 ? HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 500 }) : undefined;
      }),
    );
    renderRoute(ARTICLE, { productionRetries: true });
    expect(await screen.findByRole('heading', { level: 1, name: /Samtyckeslagen/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(calls).toBe(3);
  });

  it('gives up after three tries, waiting longer each time', async () => {
    const times = counting('*/api/articles/:slug', () => HttpResponse.error());
    renderRoute(ARTICLE, { productionRetries: true });
    expect(await screen.findByRole('button', { name: 'Försök igen' }, { timeout: 5000 })).toBeInTheDocument();
    expect(times).toHaveLength(3);
    const [a = 0, b = 0, c = 0] = times;
    expect(b - a).toBeGreaterThanOrEqual(400);
    expect(c - b).toBeGreaterThan(b - a);
  });

  it('honours Retry-After on 503', async () => {
    const times = counting('*/api/articles/:slug', () =>
      HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 503, headers: { 'Retry-After': '1' } }),
    );
    renderRoute(ARTICLE, { productionRetries: true });
    expect(await screen.findByRole('button', { name: 'Försök igen' }, { timeout: 5000 })).toBeInTheDocument();
    expect(times).toHaveLength(3);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it.each([
    ['404', () => HttpResponse.json({ error: { code: 'not_found', message: 'x' } }, { status: 404 })],
    ['malformed data', () => HttpResponse.json({ wrong: true })],
  ])('does not retry what will not get better: %s', async (_, respond) => {
    const times = counting('*/api/articles/:slug', respond);
    renderRoute(ARTICLE, { productionRetries: true });
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(times).toHaveLength(1);
  });

  it('causes no request storm when the whole API is down', async () => {
    let requests = 0;
    server.use(
      http.all('*/api/*', () => {
        requests++;
        return HttpResponse.error();
      }),
    );
    renderRoute('/', { productionRetries: true });
    expect(await screen.findByRole('button', { name: 'Försök igen' }, { timeout: 6000 })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Front page: the article list and the section list, three tries each at most.
    expect(requests).toBeLessThanOrEqual(6);
  });
});
