import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { db } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import { Figure } from '../../src/components/Figure';
import { HERO_SIZES, startEarlyArticleLoad } from '../../src/early';
import { apiRequest, apiUrl } from '../../src/lib/apiClient';

const schema = z.object({ from: z.string() });
type EarlyRequest = { response: Promise<Response>; controller: AbortController };
type EarlyWindow = Window & { __earlyRequests?: Map<string, EarlyRequest> };

function earlyRequest(url: string, response: Promise<Response>): EarlyRequest {
  const early = { response, controller: new AbortController() };
  (window as EarlyWindow).__earlyRequests = new Map([[apiUrl(url), early]]);
  return early;
}

afterEach(() => {
  delete (window as EarlyWindow).__earlyRequests;
  document.head.querySelectorAll('link').forEach((link) => link.remove());
});

describe('the request src/early.ts starts before the app has loaded', () => {
  it('is used once by the API client, instead of asking again', async () => {
    server.use(http.get('*/api/articles/hakte', () => HttpResponse.json({ from: 'api' })));
    earlyRequest('/api/articles/hakte', Promise.resolve(Response.json({ from: 'early' })));
    expect(await apiRequest('/api/articles/hakte', schema)).toEqual({ from: 'early' });
    expect(await apiRequest('/api/articles/hakte', schema)).toEqual({ from: 'api' });
  });

  it('is checked like any other answer: a failed early request is an ApiError the query can retry', async () => {
    earlyRequest('/api/articles/hakte', Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiRequest('/api/articles/hakte', schema)).rejects.toMatchObject({ kind: 'network' });
  });

  it('is aborted when the client gives up on it, so a hung request does not hold the address', async () => {
    // Like fetch: never answers, rejects once aborted.
    let rejectOnAbort: (reason: unknown) => void = () => {};
    const early = earlyRequest('/api/articles/hakte', new Promise<Response>((_, reject) => (rejectOnAbort = reject)));
    early.controller.signal.addEventListener('abort', () => rejectOnAbort(new DOMException('Aborted', 'AbortError')));
    await expect(apiRequest('/api/articles/hakte', schema, { timeoutMs: 20 })).rejects.toMatchObject({ kind: 'timeout' });
    expect(early.controller.signal.aborted).toBe(true);
  });

  it('starts only on article addresses, and preloads the hero at the size the page shows it', async () => {
    const requested: string[] = [];
    server.use(
      http.get('*/api/articles/:slug', ({ request }) => {
        requested.push(new URL(request.url).pathname);
        return HttpResponse.json({ hero: { sources: [{ url: '/media/a-480.webp', width: 480 }, { url: '/media/a-800.webp', width: 800 }] } });
      }),
    );
    const at = (pathname: string) => ({ location: new URL(pathname, window.location.origin) }) as unknown as EarlyWindow;

    startEarlyArticleLoad(at('/sektion/domstolar'), '');
    startEarlyArticleLoad(at('/artikel/<script>'), '');
    expect(requested).toEqual([]);

    const win = at('/artikel/hakte-och-haktningstider');
    startEarlyArticleLoad(win, '');
    expect([...(win.__earlyRequests?.keys() ?? [])]).toEqual([apiUrl('/api/articles/hakte-och-haktningstider')]);
    await expect.poll(() => document.head.querySelector('link[rel="preload"][as="image"]')).not.toBeNull();
    const preload = document.head.querySelector('link[rel="preload"][as="image"]');
    expect(preload).toHaveAttribute('imagesrcset', '/media/a-480.webp 480w, /media/a-800.webp 800w');
    expect(preload).toHaveAttribute('imagesizes', HERO_SIZES);
    expect(requested).toEqual(['/api/articles/hakte-och-haktningstider']);
  });

  it('preloads at the same sizes the article page’s hero <img> has, so the picture is fetched once', () => {
    const hero = db.article('polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop')!.hero;
    render(<Figure image={hero} priority />);
    expect(screen.getByRole('img')).toHaveAttribute('sizes', HERO_SIZES);
  });
});
