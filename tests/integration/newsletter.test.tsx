import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const ARTICLE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

describe('newsletter sign-up', () => {
  it('asks the reader to confirm from their inbox, in the same words for a new address and one already subscribed', async () => {
    const { user } = renderRoute('/nyhetsbrev');
    const email = await screen.findByLabelText('E-postadress');
    expect(email).toHaveAccessibleDescription(/bara för nyhetsbrevet/);
    await user.type(email, 'ny@example.se');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(await screen.findByText(/^Kolla din inkorg: vi skickar ett mejl till ny@example\.se med en länk som bekräftar anmälan/)).toBeInTheDocument();
    await user.clear(email);
    // The mock's fixtures have this address confirmed already: the page says the same.
    await user.type(email, 'redan@example.se');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(await screen.findByText(/^Kolla din inkorg: vi skickar ett mejl till redan@example\.se/)).toBeInTheDocument();
  });

  it('refuses an invalid address before sending', async () => {
    const { user } = renderRoute('/nyhetsbrev');
    await user.type(await screen.findByLabelText('E-postadress'), 'inte-en-adress');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(screen.getByLabelText('E-postadress')).toHaveAccessibleDescription(/Skriv en giltig e-postadress/);
    expect(screen.getByLabelText('E-postadress')).toHaveValue('inte-en-adress');
  });

  it('keeps the address and explains a server error', async () => {
    server.use(http.post('*/api/newsletter/subscriptions', () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 500 })));
    const { user } = renderRoute('/nyhetsbrev');
    await user.type(await screen.findByLabelText('E-postadress'), 'ny@example.se');
    await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Anmälan kunde inte skickas.*finns kvar/);
    expect(screen.getByLabelText('E-postadress')).toHaveValue('ny@example.se');
  });

  it('is offered inside the article’s call to action', async () => {
    renderRoute(ARTICLE);
    const cta = await screen.findByRole('complementary', { name: 'Rättsläget i din inkorg' });
    expect(await within(cta).findByRole('button', { name: 'Prenumerera' })).toBeInTheDocument();
  });
});
