import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
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

    // A page opened while offline fails with a message, not an endless wait.
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.error()));
    const { router } = renderRoute('/artikel/samtyckeslagen-sa-fungerar-den');
    expect(await screen.findByText(/Vi når inte servern/)).toBeInTheDocument();

    server.resetHandlers();
    goOffline(false);
    expect((await screen.findAllByText('Anslutningen är tillbaka.')).length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { level: 1, name: /Samtyckeslagen/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/artikel/samtyckeslagen-sa-fungerar-den');
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
