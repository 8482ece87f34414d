import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const POLICE_HEADLINE = 'Polisens jämställdhetsarbete gav fler anmälda sexköp';

/** The search requests the page made, as the API saw them. */
function recordSearches(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/search') seen.push(url.searchParams);
  });
  return seen;
}

describe('the search page', () => {
  it('with no query, says what search can do and shows the latest articles', async () => {
    renderRoute('/sok');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sök' })).toBeInTheDocument();
    expect(screen.getByText(/Du behöver inte skriva å, ä och ö/)).toBeInTheDocument();
    const latest = screen.getByRole('region', { name: 'Senaste artiklarna' });
    expect(within(latest).getAllByRole('article').length).toBeGreaterThan(3);
  });

  it('shows the query in the title, the number of hits, and each hit with its marked snippet', async () => {
    renderRoute('/sok?q=sexkop');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sökresultat för ”sexkop”' })).toBeInTheDocument();
    await expect.poll(() => document.title).toBe('Sökresultat för ”sexkop” – Rättsläget');
    expect(screen.getByText('1 träff')).toHaveAttribute('role', 'status');
    const hits = within(screen.getByRole('list', { name: 'Träffar' })).getAllByRole('article');
    expect(hits).toHaveLength(1);
    const hit = within(hits[0] as HTMLElement);
    expect(hit.getByRole('link', { name: POLICE_HEADLINE })).toHaveAttribute('href', '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop');
    expect(hit.getByText('Brott och straff')).toBeInTheDocument();
    expect(hit.getByText(/William Eriksson/)).toHaveTextContent('27 november 2026');
    // Folded for matching, shown as written: "sexkop" marks "sexköpsbrott" and "Sexköp".
    const marks = (hits[0] as HTMLElement).querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(expect.arrayContaining(['sexköpsbrott', 'Sexköp']));
    expect(document.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  it('with no hits, says so, repeats the query and offers the closest spelling that has hits', async () => {
    const { user, router } = renderRoute('/sok?q=prostitusjon');
    expect(await screen.findByText('Inga artiklar matchar ”prostitusjon”.')).toBeInTheDocument();
    expect(screen.getByText('Inga träffar')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('link', { name: 'prostitution' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sökresultat för ”prostitution”' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=prostitution');
    expect(screen.getByRole('link', { name: POLICE_HEADLINE })).toBeInTheDocument();
  });

  it('filters by section and year and sorts by date, all in the address', async () => {
    const searches = recordSearches();
    const { user, router } = renderRoute('/sok?q=domstol');
    await screen.findByRole('heading', { level: 1, name: 'Sökresultat för ”domstol”' });
    const all = screen.getAllByRole('article').length;
    const form = screen.getByRole('search', { name: 'Filtrera och sortera' });
    await user.selectOptions(within(form).getByLabelText('Sektion'), 'Arbetsrätt');
    await user.selectOptions(within(form).getByLabelText('År'), '2026');
    await user.selectOptions(within(form).getByLabelText('Sortering'), 'Nyast först');
    await user.click(within(form).getByRole('button', { name: 'Sök' }));
    await expect.poll(() => new URLSearchParams(router.state.location.search).get('sektion')).toBe('arbetsratt');
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('ar'), params.get('sortering')]).toEqual(['2026', 'nyast']);
    await expect.poll(() => screen.getAllByRole('article').length).toBeLessThan(all);
    // Newest first: Arbetsdomstolen (21 November) before LAS (18 November).
    expect(within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Arbetsdomstolen avgör tvisterna på arbetsmarknaden',
      'Nya regler i LAS: det här gäller vid uppsägning',
    ]);
    expect(Object.fromEntries(searches.at(-1) ?? [])).toMatchObject({ q: 'domstol', section: 'arbetsratt', year: '2026', sort: 'newest' });
  });

  it('searches without a section the site does not have, rather than failing a shared link', async () => {
    const searches = recordSearches();
    renderRoute('/sok?q=domstol&sektion=sport&ar=tjugo&sortering=%3Cb%3E');
    await screen.findByRole('heading', { level: 1, name: 'Sökresultat för ”domstol”' });
    expect(Object.fromEntries(searches.at(-1) ?? [])).toEqual({ q: 'domstol', page: '1', pageSize: '10' });
  });

  it('pages through many hits with links that keep the query and filters', async () => {
    const real = (await (await fetch('http://localhost/api/search?q=domstol')).json()) as object;
    server.use(
      http.get('*/api/search', ({ request }) =>
        HttpResponse.json({ ...real, page: Number(new URL(request.url).searchParams.get('page')), total: 25, totalPages: 3 }),
      ),
    );
    const { user, router } = renderRoute('/sok?q=domstol&sektion=domstol&sida=2');
    const paging = await screen.findByRole('navigation', { name: 'Sidnavigering' });
    expect(within(paging).getByText('Sida 2 av 3')).toBeInTheDocument();
    expect(within(paging).getByRole('link', { name: /Föregående sida/ })).toHaveAttribute('href', '/sok?q=domstol&sektion=domstol');
    await user.click(within(paging).getByRole('link', { name: /Nästa sida/ }));
    expect(await screen.findByText('Sida 3 av 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=domstol&sektion=domstol&sida=3');
  });

  it('says when the search failed, and tries again on request', async () => {
    let fail = true;
    server.use(
      http.get('*/api/search', () => (fail ? HttpResponse.json({ error: { code: 'internal', message: 'Fel i testet' } }, { status: 500 }) : undefined)),
    );
    const { user } = renderRoute('/sok?q=samtycke');
    const retry = await screen.findByRole('button', { name: 'Försök igen' });
    expect(screen.getByRole('alert')).toHaveTextContent(/tillfälliga problem/);
    fail = false;
    await user.click(retry);
    expect(await screen.findByRole('link', { name: 'Samtyckeslagen: frivillighet är det som avgör' })).toBeInTheDocument();
  });

  it('shows a hostile query as text and cuts it at 200 characters', async () => {
    const hostile = `<img src=x onerror="window.__xss=1">${'x'.repeat(300)}`;
    renderRoute(`/sok?q=${encodeURIComponent(hostile)}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(`Sökresultat för ”${hostile.slice(0, 200)}”`);
    expect(document.querySelector('main img[src="x"]')).toBeNull();
  });
});

describe('the search field in the masthead', () => {
  it('searches on Enter, from any page', async () => {
    const { user, router } = renderRoute('/sektion/brott');
    await screen.findByRole('heading', { level: 1, name: 'Brott och straff' });
    const field = within(screen.getByRole('search', { name: 'Sök' })).getByRole('searchbox', { name: 'Sök' });
    await user.type(field, 'nämndemän{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sökresultat för ”nämndemän”' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sok');
  });

  it('suggests headlines as the reader types; arrow keys choose and Enter opens the article', async () => {
    const { user, router } = renderRoute('/');
    await screen.findByRole('region', { name: 'Senaste nytt' });
    await user.click(screen.getByRole('searchbox', { name: 'Sök' }));
    const field = await screen.findByRole('combobox', { name: 'Sök' });
    await user.type(field, 'häktn');
    const listbox = await screen.findByRole('listbox', { name: 'Förslag' });
    expect(field).toHaveAttribute('aria-expanded', 'true');
    const option = within(listbox).getByRole('option', { name: 'Häktning: när någon får sitta inlåst före dom' });
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    await expect.poll(() => router.state.location.pathname).toBe('/artikel/hakte-och-haktningstider');
    // The article's headline may carry soft hyphens for long words.
    const headline = (name: string) => name.replace(/\u00ad/g, '') === 'Häktning: när någon får sitta inlåst före dom';
    expect(await screen.findByRole('heading', { level: 1, name: headline })).toBeInTheDocument();
  });

  it('closes the suggestions on Escape and never shows an answer for text typed past', async () => {
    // The answer for "polis" is slow; the one for "samtycke" comes first and must stay.
    server.use(
      http.get('*/api/search/suggest', async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') === 'polis') await new Promise((resolve) => setTimeout(resolve, 600));
        return undefined;
      }),
    );
    const { user } = renderRoute('/');
    await screen.findByRole('region', { name: 'Senaste nytt' });
    await user.click(screen.getByRole('searchbox', { name: 'Sök' }));
    const field = await screen.findByRole('combobox', { name: 'Sök' });
    await user.type(field, 'polis');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await user.clear(field);
    await user.type(field, 'samtycke');
    const listbox = await screen.findByRole('listbox', { name: 'Förslag' });
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Samtyckeslagen: frivillighet är det som avgör']);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Samtyckeslagen: frivillighet är det som avgör']);
    await user.keyboard('{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field).toHaveValue('samtycke');
  });
});
