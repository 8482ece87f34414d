import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

describe('the front page', () => {
  it('lists the latest articles, newest first, with headline, lead, image, byline and date', async () => {
    renderRoute('/');
    const latest = await screen.findByRole('region', { name: 'Senaste nytt' });
    const teasers = within(latest).getAllByRole('article');
    expect(teasers).toHaveLength(7);
    const first = within(teasers[0] as HTMLElement);
    expect(first.getByRole('link', { name: /Polisens jämställdhetsarbete/ })).toHaveAttribute('href', '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop');
    expect(first.getByRole('img', { name: /polisbil/ })).toHaveAttribute('fetchpriority', 'high');
    expect(first.getByText(/William Eriksson/)).toHaveTextContent('27 november 2026');
    expect(first.getByText(/från 563 till 840/)).toBeInTheDocument();
  });

  it('links every section, in the header and on the page', async () => {
    renderRoute('/');
    const sections = await screen.findByRole('region', { name: 'Sektioner' });
    expect(within(sections).getAllByRole('link')).toHaveLength(5);
    const nav = screen.getByRole('navigation', { name: 'Sektioner' });
    expect(within(nav).getByRole('link', { name: 'Arbetsrätt' })).toHaveAttribute('href', '/sektion/arbetsratt');
  });

  it('moves focus to the new page heading after following a link, not on the first load', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('region', { name: 'Senaste nytt' });
    expect(document.body).toHaveFocus();
    await user.click(screen.getByRole('link', { name: /Samtyckeslagen: frivillighet/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Samtyckeslagen: frivillighet är det som avgör' });
    expect(heading).toHaveFocus();
  });
});

describe('list pages', () => {
  it('shows a section with its description and articles', async () => {
    renderRoute('/sektion/arbetsratt');
    expect(await screen.findByRole('heading', { level: 1, name: 'Arbetsrätt' })).toBeInTheDocument();
    expect(screen.getByText('Anställning, avtal och tvister på arbetsmarknaden.')).toBeInTheDocument();
    expect(screen.getByText('2 artiklar')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('shows a topic with its articles', async () => {
    renderRoute('/amne/arbetsdomstolen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ämne: Arbetsdomstolen' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('pages through a long list with links that keep the page in the URL', async () => {
    server.use(
      http.get('*/api/articles', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json({ ...db.listTeasers({ tag: 'las', page: 1, pageSize: 10 }), page, total: 25, totalPages: 3 });
      }),
    );
    const { user, router } = renderRoute('/amne/las?sida=2');
    const paging = await screen.findByRole('navigation', { name: 'Sidnavigering' });
    expect(within(paging).getByText('Sida 2 av 3')).toBeInTheDocument();
    expect(within(paging).getByRole('link', { name: /Föregående sida/ })).toHaveAttribute('href', '/amne/las');
    await user.click(within(paging).getByRole('link', { name: /Nästa sida/ }));
    expect(await screen.findByText('Sida 3 av 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sida=3');
  });

  it('treats a nonsensical page number as the first page', async () => {
    renderRoute('/sektion/domstol?sida=-4x');
    expect(await screen.findByRole('heading', { level: 1, name: 'Domstolar' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('shows the 404 page for a section or topic that does not exist', async () => {
    renderRoute('/sektion/sport');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});

describe('unknown addresses', () => {
  it('shows a helpful 404 page with a way back', async () => {
    const { user } = renderRoute('/det/har/finns/inte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Till förstasidan' }));
    expect(await screen.findByRole('region', { name: 'Senaste nytt' })).toBeInTheDocument();
  });
});

describe('odd addresses', () => {
  it.each([
    '/artikel/%E0%A4%A',
    '/artikel/..%2F..%2Fetc%2Fpasswd',
    '/skribent/%3Cscript%3E',
    '/amne/' + 'a'.repeat(3000),
    '/sektion/BROTT',
    '/statistik/%00',
  ])('%s is a 404 page, not an exception', async (path) => {
    renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });

  it.each([
    ['/?sida=2', 'Rättsläget: Senaste nytt'],
    ['/sektion/brott?sida=99999', 'Sidan finns inte'],
    ['/amne/jo?sida=NaN', 'Ämne: JO'],
    ['/statistik/sexkop-anmalda?fran=x&till=y&visa=%3Cb%3E&dolj=,,', 'Anmälda brott om köp av sexuell tjänst'],
  ])('%s falls back to a clean default or a 404 (“%s”)', async (path, heading) => {
    renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });
});
