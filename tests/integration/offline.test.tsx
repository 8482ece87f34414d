import { act, screen, waitForElementToBeRemoved } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

function goOffline(offline: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: !offline, configurable: true });
  act(() => void window.dispatchEvent(new Event(offline ? 'offline' : 'online')));
}

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
});

describe('going offline and back', () => {
  it('says so, and loads again by itself when the connection returns', async () => {
    renderRoute('/');
    await screen.findByRole('region', { name: 'Senaste nytt' });
    goOffline(true);
    expect(await screen.findByText(/Du är offline/)).toBeInTheDocument();

    // A page never saved on this device fails at once with a message that says why.
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.error()));
    const { router } = renderRoute('/artikel/samtyckeslagen-sa-fungerar-den');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inte sparad för läsning offline' })).toBeInTheDocument();
    expect(screen.getByText(/den här sidan har inte öppnats på den här enheten förut/)).toBeInTheDocument();

    server.resetHandlers();
    goOffline(false);
    expect((await screen.findAllByText('Anslutningen är tillbaka.')).length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { level: 1, name: /Samtyckeslagen/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/artikel/samtyckeslagen-sa-fungerar-den');
  });

  it('says when an article is a copy saved on this device, and stops saying so once it is fresh again', async () => {
    const savedAt = '2026-11-27T18:05:00.000Z';
    server.use(
      // What the app's service worker answers with when the network fails.
      http.get('*/api/articles/:slug', ({ params }) =>
        HttpResponse.json(db.article(String(params.slug)), { headers: { 'X-Offline-Copy': savedAt } }),
      ),
    );
    renderRoute('/artikel/samtyckeslagen-sa-fungerar-den');
    const notice = await screen.findByRole('note');
    expect(notice).toHaveTextContent('Sparad kopia. Hämtad 27 november 2026 kl. 19:05.');
    expect(notice.querySelector('time')).toHaveAttribute('dateTime', savedAt);

    goOffline(true);
    server.resetHandlers();
    goOffline(false);
    // Back online the article is fetched again; under a full, parallel test run that can take a few seconds.
    await waitForElementToBeRemoved(() => screen.queryByRole('note'), { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 1, name: /Samtyckeslagen/ })).toBeInTheDocument();
  });

  it('does not leave a form hanging when sent offline', async () => {
    const { user } = renderRoute('/nyhetsbrev');
    goOffline(true);
    server.use(http.post('*/api/newsletter/subscriptions', () => HttpResponse.error()));
    await user.type(await screen.findByLabelText('E-postadress'), 'offline@example.se');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(await screen.findByText(/Anmälan kunde inte skickas/)).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toHaveValue('offline@example.se');
  });
});
