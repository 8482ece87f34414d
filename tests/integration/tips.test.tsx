import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const ARTICLE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

/**
 * A text input strips line breaks from what is typed, pasted or assigned, so a name
 * with one never gets there from the keyboard; it is handed to the form the way the
 * form reads a field, as the value of its change event.
 */
function changeWithLineBreak(input: HTMLElement, value: string) {
  Object.defineProperty(input, 'value', { configurable: true, get: () => value, set: () => {} });
  fireEvent.input(input);
}

describe('tip via e-mail', () => {
  const openTip = async () => {
    const view = renderRoute(ARTICLE);
    // The tip button comes with the article's later parts, after the article is painted: slow on a busy machine.
    await view.user.click(await screen.findByRole('button', { name: 'Tipsa via e-post' }, { timeout: 5000 }));
    return { ...view, dialog: screen.getByRole('dialog', { name: 'Tipsa om artikeln via e-post' }) };
  };

  it('names each invalid address and keeps what was typed', async () => {
    const { user, dialog } = await openTip();
    await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se, anna@{Enter}bo@example.se; fel');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    expect(within(dialog).getByLabelText('Mottagare')).toHaveAccessibleDescription(/ogiltig adress: anna@, ogiltig adress: fel/);
    expect(within(dialog).getByLabelText('Mottagare')).toHaveValue('anna@example.se, anna@\nbo@example.se; fel');
    expect(within(dialog).getByRole('alert')).toHaveFocus();
  });

  it('rejects a sender name with a line break', async () => {
    const { user, dialog } = await openTip();
    await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se');
    await user.type(within(dialog).getByLabelText('Din e-postadress'), 'asa@example.se');
    const name = within(dialog).getByLabelText('Ditt namn');
    changeWithLineBreak(name, 'Anna\nBcc: x@example.se');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Namnet får inte innehålla radbrytningar eller dolda styrtecken.');
    const summary = within(dialog).getByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual(['Namnet får inte innehålla radbrytningar eller dolda styrtecken.']);
  });

  it('names a long invalid entry by its start, not all of it', async () => {
    const { user, dialog } = await openTip();
    const pasted = `${'a'.repeat(300)}@example`;
    const recipients = within(dialog).getByLabelText('Mottagare');
    await user.click(recipients);
    await user.paste(pasted);
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    expect(recipients).toHaveAccessibleDescription(/^ogiltig adress: a{40}… En adress per rad/);
    expect(recipients).toHaveValue(pasted);
  });

  it('refuses a bidi override in the message and keeps the message', async () => {
    const { user, dialog } = await openTip();
    await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se');
    await user.type(within(dialog).getByLabelText('Ditt namn'), 'Åsa');
    await user.type(within(dialog).getByLabelText('Din e-postadress'), 'asa@example.se');
    const message = within(dialog).getByLabelText(/^Meddelande/);
    await user.click(message);
    await user.paste('Läs den här: \u202Efdp.exe');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    expect(message).toHaveAccessibleDescription(/får inte innehålla dolda styrtecken/);
    expect(message).toHaveValue('Läs den här: \u202Efdp.exe');
  });

  it('sends to the unique valid recipients and says how many', async () => {
    let body: unknown;
    server.use(http.post('*/api/articles/:slug/tips', async ({ request }) => void (body = await request.clone().json())));
    const { user, dialog } = await openTip();
    await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se;ANNA@example.se{Enter}bo+nyheter@example.se,');
    await user.type(within(dialog).getByLabelText('Ditt namn'), 'Åsa');
    await user.type(within(dialog).getByLabelText('Din e-postadress'), 'asa@example.se');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    expect(await within(dialog).findByText('Tipset skickades till 2 mottagare.')).toBeInTheDocument();
    expect(body).toEqual({ recipients: ['anna@example.se', 'bo+nyheter@example.se'], senderName: 'Åsa', senderEmail: 'asa@example.se' });
  });

  it('shows the server’s field errors beside the fields', async () => {
    server.use(
      http.post('*/api/articles/:slug/tips', () =>
        HttpResponse.json({ error: { code: 'validation_failed', message: 'x', fieldErrors: { senderEmail: ['Adressen är spärrad.'] } } }, { status: 422 }),
      ),
    );
    const { user, dialog } = await openTip();
    await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se');
    await user.type(within(dialog).getByLabelText('Ditt namn'), 'Åsa');
    await user.type(within(dialog).getByLabelText('Din e-postadress'), 'asa@example.se');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    // The field exists before the answer comes: wait for the server's words, then check they describe the field.
    await within(dialog).findAllByText('Adressen är spärrad.');
    expect(within(dialog).getByLabelText('Din e-postadress')).toHaveAccessibleDescription('Adressen är spärrad.');
  });

  it('keeps everything when the network fails', async () => {
    server.use(http.post('*/api/articles/:slug/tips', () => HttpResponse.error()));
    const { user, dialog } = await openTip();
    await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se');
    await user.type(within(dialog).getByLabelText('Ditt namn'), 'Åsa');
    await user.type(within(dialog).getByLabelText('Din e-postadress'), 'asa@example.se');
    await user.type(within(dialog).getByLabelText('Meddelande (frivilligt)'), 'Läs den här!');
    await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
    expect(await within(dialog).findByText(/Tipset kunde inte skickas\. Vi når inte servern/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Meddelande (frivilligt)')).toHaveValue('Läs den här!');
    expect(within(dialog).getByLabelText('Mottagare')).toHaveValue('anna@example.se');
  });
});
