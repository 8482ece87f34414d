import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const ARTICLE = `/artikel/${SLUG}`;

// The comments load lazily after the article; the first import in a run takes a moment.
const commentsRegion = () => screen.findByRole('region', { name: /^Kommentarer/ }, { timeout: 5000 });

describe('comments', () => {
  it('shows the count and the comments, newest first, with line breaks kept', async () => {
    renderRoute(ARTICLE);
    const region = await commentsRegion();
    expect(await within(region).findByRole('heading', { name: /^Kommentarer\s*\(3 kommentarer\)$/ })).toBeInTheDocument();
    const authors = within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(authors).toEqual(['Skriv en kommentar', 'Jonna', 'Per N.', 'Karin']);
    const text = within(region).getByText(/Vore intressant/);
    expect(text.textContent).toBe('Vore intressant att se hur det ser ut efter 2018.\nHar ökningen hållit i sig?');
  });

  it('shows a comment the newsroom removed in its place, saying so, without its words or a report button', async () => {
    const page = db.comments(SLUG, 1, 20, 'newest');
    server.use(
      http.get(`*/api/articles/${SLUG}/comments`, () =>
        HttpResponse.json({ ...page, items: page.items.map((c) => (c.id === 'c2' ? { ...c, author: '', text: '', state: 'removed' } : c)) }),
      ),
    );
    renderRoute(`${ARTICLE}#kommentar-c2`);
    const region = await commentsRegion();
    const removed = await within(region).findByRole('article', { name: 'Kommentaren har tagits bort av redaktionen.' });
    expect(removed).toHaveAttribute('id', 'kommentar-c2');
    expect(within(removed).getByText('Kommentaren har tagits bort av redaktionen.')).toBeInTheDocument();
    expect(within(removed).queryByRole('button')).toBeNull();
    expect(within(region).queryByText(/Vore intressant/)).toBeNull();
    expect(within(region).getAllByRole('button', { name: /^Anmäl/ })).toHaveLength(2);
  });

  it('reorders oldest first, and pages with "show more"', async () => {
    for (let i = 0; i < 12; i++) db.addComment(SLUG, `Läsare ${i}`, `Kommentar nummer ${i}`);
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await within(region).findByText('Kommentar nummer 11');
    expect(within(region).queryByText(/sexköp är ett spaningsbrott/)).not.toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Visa fler kommentarer' }));
    expect(await within(region).findByText(/sexköp är ett spaningsbrott/)).toBeInTheDocument();
    await user.selectOptions(within(region).getByLabelText('Ordning'), 'Äldst först');
    expect((await within(region).findAllByRole('article'))[0]).toHaveTextContent('Karin');
  });

  it('shows comment text exactly as typed, markup inert', async () => {
    db.addComment(SLUG, 'Elak', '<img src=x onerror=alert(1)> <script>alert(2)</script>');
    renderRoute(ARTICLE);
    const region = await commentsRegion();
    expect(await within(region).findByText('<img src=x onerror=alert(1)> <script>alert(2)</script>')).toBeInTheDocument();
    expect(region.querySelector('img, script')).toBeNull();
  });

  it('posts a comment, published at once, and clears the draft', async () => {
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await user.type(within(region).getByLabelText('Namn'), 'Maja');
    await user.type(within(region).getByLabelText('Kommentar'), 'Bra text!');
    expect(within(region).getByText('1991 av 2000 tecken kvar')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    expect(await within(region).findByText('Tack! Din kommentar är publicerad.')).toBeInTheDocument();
    expect(await within(region).findByText('Bra text!')).toBeInTheDocument();
    expect(within(region).getByLabelText('Kommentar')).toHaveValue('');
    expect(localStorage.getItem(`kommentar-utkast:${SLUG}`)).toBeNull();
  });

  it('says when a comment awaits review', async () => {
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await user.type(within(region).getByLabelText('Namn'), 'Maja');
    await user.type(within(region).getByLabelText('Kommentar'), 'Läs mer på https://example.se');
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    expect(await within(region).findByText(/väntar på granskning/)).toBeInTheDocument();
  });

  it('refuses control and bidi-override characters with a field error, keeping the text', async () => {
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    const name = within(region).getByLabelText('Namn');
    await user.click(name);
    await user.paste('Maja\u202E\u2066');
    const text = within(region).getByLabelText('Kommentar');
    await user.click(text);
    await user.paste('Hej\u0007 där');
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    expect(name).toHaveAccessibleDescription(/radbrytningar eller dolda styrtecken/);
    expect(text).toHaveAccessibleDescription(/dolda styrtecken/);
    expect(name).toHaveValue('Maja\u202E\u2066');
    expect(text).toHaveValue('Hej\u0007 där');
  });

  it('lists errors, focuses the summary and ties each error to its field', async () => {
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    const summary = within(region).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual(['Skriv ditt namn.', 'Skriv en kommentar.']);
    const name = within(region).getByLabelText('Namn');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Skriv ditt namn\./);
    await user.click(within(summary).getByRole('link', { name: 'Skriv ditt namn.' }));
    expect(name).toHaveFocus();
  });

  it('shows the server’s field errors beside the fields', async () => {
    server.use(
      http.post('*/api/articles/:slug/comments', () =>
        HttpResponse.json({ error: { code: 'validation_failed', message: 'x', fieldErrors: { text: ['Kommentaren innehåller otillåtna ord.'] } } }, { status: 422 }),
      ),
    );
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await user.type(within(region).getByLabelText('Namn'), 'Maja');
    await user.type(within(region).getByLabelText('Kommentar'), 'Något');
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    // The field exists before the answer comes: wait for the server's words, then check they describe the field.
    await within(region).findAllByText('Kommentaren innehåller otillåtna ord.');
    expect(within(region).getByLabelText('Kommentar')).toHaveAccessibleDescription(/otillåtna ord/);
  });

  it('keeps what was typed when the server fails, and sends it once on retry with the same key', async () => {
    const keys: (string | null)[] = [];
    let fail = true;
    server.use(
      http.post('*/api/articles/:slug/comments', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (fail) return HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 503 });
        return undefined;
      }),
    );
    const { user } = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await user.type(within(region).getByLabelText('Namn'), 'Maja');
    await user.type(within(region).getByLabelText('Kommentar'), 'Viktig text');
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    expect(await within(region).findByText(/Kommentaren kunde inte skickas.*Det du skrev finns kvar/)).toBeInTheDocument();
    expect(within(region).getByLabelText('Kommentar')).toHaveValue('Viktig text');
    fail = false;
    await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
    expect(await within(region).findByText('Tack! Din kommentar är publicerad.')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it('keeps a draft across a reload of the page', async () => {
    const first = renderRoute(ARTICLE);
    const region = await commentsRegion();
    await first.user.type(within(region).getByLabelText('Kommentar'), 'Halvfärdig tanke');
    first.unmount();
    renderRoute(ARTICLE);
    const again = await commentsRegion();
    expect(within(again).getByLabelText('Kommentar')).toHaveValue('Halvfärdig tanke');
    expect(within(again).getByText('Vi har sparat ditt utkast från förra besöket.')).toBeInTheDocument();
  });

  it('scrolls to and marks a linked comment, loading later pages to find it', async () => {
    for (let i = 0; i < 15; i++) db.addComment(SLUG, `Läsare ${i}`, `Kommentar nummer ${i}`);
    renderRoute(`${ARTICLE}#kommentar-c1`);
    const linked = await screen.findByRole('article', { name: 'Karin' }, { timeout: 3000 });
    expect(linked).toHaveAttribute('data-highlighted', 'true');
    expect(within(linked).getByText('Länkad kommentar')).toBeInTheDocument();
    await vi.waitFor(() => expect(linked).toHaveFocus());
  });

  it('explains a failing comment list while the article stays readable', async () => {
    server.use(http.get('*/api/articles/:slug/comments', () => HttpResponse.error()));
    renderRoute(ARTICLE);
    expect(await screen.findByRole('heading', { name: 'Kommentarerna kunde inte visas' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /Polisens jämställdhetsarbete/ })).toBeInTheDocument();
  });
});

describe('reporting a comment', () => {
  it('asks first; Avbryt closes without reporting and focus returns to the button', async () => {
    let reports = 0;
    server.use(http.post('*/api/comments/:id/reports', () => void reports++));
    const { user } = renderRoute(ARTICLE);
    const button = await screen.findByRole('button', { name: 'Anmäl kommentaren från Karin' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Anmäl kommentar' });
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(reports).toBe(0);
  });

  it('confirms on the comment, once, and remembers it', async () => {
    const { user } = renderRoute(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Anmäl kommentaren från Karin' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Anmäl' }));
    const karin = screen.getByRole('article', { name: 'Karin' });
    expect(within(karin).getByText('Tack, kommentaren är anmäld.')).toHaveAttribute('role', 'status');
    expect(within(karin).queryByRole('button', { name: /Anmäl/ })).not.toBeInTheDocument();
    expect(localStorage.getItem('anmalda-kommentarer')).toBe('["c1"]');
  });

  it('rolls back with a clear message when the report fails', async () => {
    server.use(http.post('*/api/comments/:id/reports', () => HttpResponse.error()));
    const { user } = renderRoute(ARTICLE);
    await user.click(await screen.findByRole('button', { name: 'Anmäl kommentaren från Karin' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Anmäl' }));
    const karin = screen.getByRole('article', { name: 'Karin' });
    expect(await within(karin).findByRole('alert')).toHaveTextContent('Anmälan kunde inte skickas. Försök igen.');
    expect(within(karin).getByRole('button', { name: 'Anmäl kommentaren från Karin' })).toBeInTheDocument();
  });
});
