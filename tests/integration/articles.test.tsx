import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../renderRoute';

const POLICE = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

describe('the article page', () => {
  it('shows headline, lead, byline with role, times and reading time', async () => {
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Polisens jämställdhetsarbete gav fler anmälda sexköp' })).toBeInTheDocument();
    expect(screen.getByText(/från 563 till 840 på ett år/)).toBeInTheDocument();
    const author = screen.getByRole('link', { name: 'William Eriksson' });
    expect(author).toHaveAttribute('href', '/skribent/william-eriksson');
    expect(screen.getByText('Reporter')).toBeInTheDocument();
    const published = screen.getByText('27 november 2026 kl. 07:30');
    expect(published.tagName).toBe('TIME');
    expect(published).toHaveAttribute('datetime', '2026-11-27T07:30:00+01:00');
    expect(screen.getByText(/^Lästid \d+ min$/)).toBeInTheDocument();
  });

  it('shows the newsroom’s corrections, marked Rättelse with their time, before the text', async () => {
    const article = db.article(POLICE);
    server.use(
      http.get(`*/api/articles/${POLICE}`, () =>
        HttpResponse.json({ ...article, corrections: [{ at: '2026-11-28T09:15:00+01:00', text: 'I en tidigare version stod det 848 anmälda sexköp för 2018. Brås siffra är 840.' }] }),
      ),
    );
    renderRoute(`/artikel/${POLICE}`);
    const corrections = await screen.findByRole('complementary', { name: 'Rättelser' });
    expect(corrections).toHaveTextContent('Rättelse 28 november 2026 kl. 09:15: I en tidigare version stod det 848 anmälda sexköp för 2018. Brås siffra är 840.');
    expect(within(corrections).getByText('28 november 2026 kl. 09:15')).toHaveAttribute('datetime', '2026-11-28T09:15:00+01:00');
    // Before the body's first paragraph.
    const firstParagraph = screen.getByText(/Uppdraget kom från regeringen 2016/);
    expect(corrections.compareDocumentPosition(firstParagraph) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no corrections box for an article without corrections', async () => {
    renderRoute(`/artikel/${POLICE}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('complementary', { name: 'Rättelser' })).toBeNull();
  });

  it('shows the hero photo responsively, with caption and credit', async () => {
    renderRoute(`/artikel/${POLICE}`);
    const hero = await screen.findByRole('img', { name: /Blått ljus från en polisbil/ });
    expect(hero).toHaveAttribute('width', '1200');
    expect(hero).toHaveAttribute('height', '675');
    expect(hero).toHaveAttribute('fetchpriority', 'high');
    expect(hero.getAttribute('srcset')).toContain('polis-blaljus-480.webp 480w');
    const figure = hero.closest('figure');
    expect(figure).not.toBeNull();
    expect(within(figure as HTMLElement).getByText('Foto: Tomas Oneborg/TT')).toBeInTheDocument();
    expect(within(figure as HTMLElement).getByText('Bildtext:')).toHaveClass('visually-hidden');
  });

  it('renders the body blocks: subheadings with ids, quotes with speaker and role, fact box, newsletter call to action', async () => {
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Fler anmälda sexköp' })).toHaveAttribute('id', 'fler-anmalda-sexkop');
    expect(screen.getByRole('heading', { level: 2, name: 'Utbildning och medborgarlöften' })).toHaveAttribute('id', 'utbildning-och-medborgarloften');
    expect(screen.getByText('Mats Löfving', { exact: false })).toHaveTextContent('chef för polisens nationella operativa avdelning, Noa');
    expect(screen.getByText('Krister Sandqvist', { exact: false })).toBeInTheDocument();
    expect(screen.getAllByRole('blockquote')).toHaveLength(2);
    expect(screen.getByRole('complementary', { name: 'Så fungerade uppdraget' })).toBeInTheDocument();
    const cta = screen.getByRole('complementary', { name: 'Rättsläget i din inkorg' });
    expect(await within(cta).findByRole('button', { name: 'Prenumerera' })).toBeInTheDocument();
  });

  it('lists tags and related articles as links', async () => {
    renderRoute(`/artikel/${POLICE}`);
    const tags = await screen.findByRole('navigation', { name: 'Ämnen' });
    expect(within(tags).getByRole('link', { name: 'Sexköp' })).toHaveAttribute('href', '/amne/sexkop');
    const related = screen.getByRole('region', { name: 'Läs också' });
    expect(within(related).getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('sets title, description, canonical link, Open Graph and NewsArticle data', async () => {
    renderRoute(`/artikel/${POLICE}`);
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Polisens jämställdhetsarbete gav fler anmälda sexköp – Rättsläget');
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute('content', expect.stringContaining('563 till 840'));
    expect(document.querySelector('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000/artikel/${POLICE}`);
    expect(document.querySelector('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'Polisens jämställdhetsarbete gav fler anmälda sexköp', author: [{ name: 'William Eriksson' }] });
  });

  it('renders links with unsafe schemes as plain text and markup in content as text', async () => {
    server.use(
      http.get('*/api/articles/:slug', () => {
        return HttpResponse.json({
          ...db.article(POLICE),
          slug: 'farlig',
          headline: '<img src=x onerror=alert(1)>',
          body: [{ type: 'paragraph', content: [{ type: 'link', text: 'klicka', href: 'javascript:alert(1)' }, { type: 'text', text: ' <b>fet</b>' }] }],
        });
      }),
    );
    renderRoute('/artikel/farlig');
    expect(await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'klicka' })).not.toBeInTheDocument();
    expect(screen.getByText('klicka <b>fet</b>')).toBeInTheDocument();
  });
});

describe('when the article cannot be shown', () => {
  it('shows the 404 page for a slug the API does not know, with a way back', async () => {
    renderRoute('/artikel/finns-inte-alls');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till förstasidan' })).toHaveAttribute('href', '/');
  });

  it('shows the 404 page for a malformed slug without asking the API', async () => {
    let asked = false;
    server.use(http.get('*/api/articles/:slug', () => void (asked = true)));
    renderRoute('/artikel/Inte%20En%20Slug');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('explains a server error and shows the article after a retry', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 500 }), { once: true }));
    const { user } = renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Något gick fel' })).toBeInTheDocument();
    expect(screen.getByText(/tillfälliga problem/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Polisens jämställdhetsarbete/ })).toBeInTheDocument();
  });

  it('explains a network failure, keeping the site header usable', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.error()));
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByText(/Vi når inte servern/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rättsläget' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('shows an error with a retry, not a crash, when the article data is malformed', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json({ slug: POLICE, headline: 42, body: 'nej' })));
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByText(/Svaret från servern gick inte att läsa/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the answer is not JSON at all', async () => {
    server.use(http.get('*/api/articles/:slug', () => new HttpResponse('<html>oops', { headers: { 'Content-Type': 'text/html' } })));
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByText(/Svaret från servern gick inte att läsa/)).toBeInTheDocument();
  });

  it('shows an error when one body block has an unknown type', async () => {
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({ ...db.article(POLICE), body: [{ type: 'html', html: '<script>alert(1)</script>' }] }),
      ),
    );
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByText(/Svaret från servern gick inte att läsa/)).toBeInTheDocument();
  });
});

describe('sharing', () => {
  /** "Dela" once its code has come after the article is painted (until then a placeholder that says it is not ready). */
  const usableShareButton = async () => {
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dela' })).not.toHaveAttribute('aria-disabled'), { timeout: 5000 });
    return screen.getByRole('button', { name: 'Dela' });
  };

  it('copies the article link where there is no share sheet, and says so', async () => {
    const { user } = renderRoute(`/artikel/${POLICE}`);
    // After setup: user-event installs its own clipboard stub.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(await usableShareButton());
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000/artikel/${POLICE}`);
    expect(await screen.findByText('Länken är kopierad.')).toBeInTheDocument();
  });

  it('uses the system share sheet where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { user } = renderRoute(`/artikel/${POLICE}`);
    await user.click(await usableShareButton());
    expect(share).toHaveBeenCalledWith({ title: 'Polisens jämställdhetsarbete gav fler anmälda sexköp', url: `http://localhost:3000/artikel/${POLICE}` });
    Reflect.deleteProperty(navigator, 'share');
  });

  it('links each subheading and comment for copying', async () => {
    renderRoute(`/artikel/${POLICE}`);
    expect(await screen.findByRole('link', { name: 'Länk till avsnittet Fler anmälda sexköp' })).toHaveAttribute('href', '#fler-anmalda-sexkop');
    const karin = await screen.findByRole('article', { name: 'Karin' });
    expect(within(karin).getByRole('link', { name: 'Länk till kommentaren' })).toHaveAttribute('href', '#kommentar-c1');
  });
});
