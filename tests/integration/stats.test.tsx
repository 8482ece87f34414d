import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const POLICE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('a chart in an article', () => {
  it('shows the series with its change, source and notes, and draws the chart', async () => {
    renderRoute(POLICE);
    const figure = await screen.findByRole('figure', { name: /Anmälda brott om köp av sexuell tjänst/ });
    expect(plain(within(figure).getByText(/Förändring 2017–2018/).textContent)).toBe('Förändring 2017–2018: +277 (+49 %)');
    expect(within(figure).getByRole('link', { name: 'Brå, kriminalstatistik' })).toHaveAttribute('href', 'https://bra.se/statistik/kriminalstatistik.html');
    expect(within(figure).getByText(/848 anmälda brott för 2018/)).toBeInTheDocument();
    expect(within(figure).queryByText('Exempeldata')).not.toBeInTheDocument();
    expect(await within(figure).findByRole('application')).toBeInTheDocument();
  });

  it('switches to a table of the same numbers, with caption and headers', async () => {
    const { user } = renderRoute(POLICE);
    const figure = await screen.findByRole('figure', { name: /Anmälda brott om köp av sexuell tjänst/ });
    await user.click(within(figure).getByRole('button', { name: 'Tabell' }));
    const table = within(figure).getByRole('table', { name: 'Anmälda brott om köp av sexuell tjänst (anmälda brott)' });
    expect(within(table).getByRole('columnheader', { name: 'Anmälda brott' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '2017' }).nextSibling).toHaveTextContent('563');
    expect(within(table).getByRole('rowheader', { name: '2018' }).nextSibling).toHaveTextContent('840');
    expect(within(figure).queryByRole('application')).not.toBeInTheDocument();
  });

  it('offers the numbers as CSV', async () => {
    renderRoute(POLICE);
    const link = await screen.findByRole('link', { name: 'Ladda ner CSV' });
    expect(link).toHaveAttribute('download', 'sexkop-anmalda.csv');
    const csv = decodeURIComponent((link.getAttribute('href') ?? '').replace('data:text/csv;charset=utf-8,', ''));
    expect(csv).toBe('\uFEFFperiod;Anmälda brott\r\n2017;563\r\n2018;840\r\n');
  });

  it('marks numbers in the text that point into the chart, and highlights the point on focus with the sentence', async () => {
    const { user } = renderRoute(POLICE);
    const ref = await screen.findByRole('button', { name: /^840\b.*visa i diagrammet/ });
    await screen.findByRole('application');
    await user.hover(ref);
    expect(ref).toHaveAttribute('data-active', 'true');
    expect(await screen.findByText('I texten: ”Året därpå var antalet 840, en ökning med ungefär 49 procent.”')).toBeInTheDocument();
    await user.unhover(ref);
    expect(ref).toHaveAttribute('data-active', 'false');
  });

  it('keeps the article readable when the statistics cannot be loaded, and retries', async () => {
    server.use(http.get('*/api/stats/:id', () => HttpResponse.json({ error: { code: 'x', message: 'x' } }, { status: 500 })));
    const { user } = renderRoute(POLICE);
    expect(await screen.findByRole('heading', { name: 'Diagrammet kunde inte visas' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /Polisens jämställdhetsarbete/ })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('figure', { name: /Anmälda brott om köp av sexuell tjänst/ })).toBeInTheDocument();
  });

  it('shows an error, not a crash, when the statistics are malformed', async () => {
    server.use(http.get('*/api/stats/:id', () => HttpResponse.json({ id: 'sexkop-anmalda', series: 'none' })));
    renderRoute(POLICE);
    expect(await screen.findByRole('heading', { name: 'Diagrammet kunde inte visas' })).toBeInTheDocument();
    expect(screen.getByText(/gick inte att läsa/)).toBeInTheDocument();
  });
});

describe('the statistics pages', () => {
  it('lists every series, marking made-up data', async () => {
    renderRoute('/statistik');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getAllByText('Exempeldata')).toHaveLength(2);
  });

  it('opens the view a shared link names, and keeps every change in the URL', async () => {
    const { user, router } = renderRoute('/statistik/inkomna-mal-tingsratt?visa=tabell&dolj=tvistemal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inkomna mål till tingsrätterna, per måltyp' })).toBeInTheDocument();
    expect(screen.getByText('Exempeldata')).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tvistemål' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText(/Förändring.*Tvistemål/)).not.toBeInTheDocument();

    // The URL changes once the router has navigated, which is not at once under a loaded test run.
    await user.click(screen.getByRole('button', { name: 'Tvistemål' }));
    await vi.waitFor(() => expect(router.state.location.search).toBe('?visa=tabell'));
    await user.click(screen.getByRole('button', { name: 'Diagram' }));
    await vi.waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('application')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Diagram' })).toHaveFocus();

    await router.navigate(-1);
    expect(await screen.findByRole('table')).toBeVisible();
    await router.navigate(-1);
    await expect.poll(() => screen.getByRole('button', { name: 'Tvistemål' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('never hides the last visible series', async () => {
    const { user } = renderRoute('/statistik/inkomna-mal-tingsratt?dolj=brottmal,tvistemal');
    const last = await screen.findByRole('button', { name: 'Övriga ärenden' });
    await user.click(last);
    expect(last).toHaveAttribute('aria-pressed', 'true');
  });

  it('limits a long series to a chosen time range', async () => {
    const { user, router } = renderRoute('/statistik/anmalda-brott-kvartal');
    await user.selectOptions(await screen.findByLabelText('Från'), 'kv. 1 2020');
    await vi.waitFor(() => expect(router.state.location.search).toBe('?fran=2020-Q1'));
    // The page re-renders from the new address in a transition: the next control is used once it has.
    await vi.waitFor(() => expect(screen.getByLabelText('Från')).toHaveValue('2020-Q1'), { timeout: 5_000 });
    await user.click(screen.getByRole('button', { name: 'Tabell' }));
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 16);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('kv. 1 2020');
  });

  it('shows missing values as gaps, said in words', async () => {
    renderRoute('/statistik/inkomna-mal-tingsratt?visa=tabell');
    const row = (await screen.findByRole('rowheader', { name: '2020' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('uppgift saknas')).toHaveClass('visually-hidden');
    expect(screen.getByText(/För 2020 saknas uppgift om tvistemål/)).toBeInTheDocument();
  });

  it('shows the 404 page for a series that does not exist', async () => {
    renderRoute('/statistik/finns-inte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
