import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser';

const chromium = useBrowser();

const POLICE_HEADLINE = 'Polisens jämställdhetsarbete gav fler anmälda sexköp';

describe('search', () => {
  it('works from the masthead by keyboard alone: Tab to the field, type, Enter', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/'));
    // Skip link, logo, then the search field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('sexkop');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sökresultat för ”sexkop”' }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/sok?q=sexkop');
    // Focus moves to the results' heading, as after any in-app navigation.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByRole('main').locator('mark').allTextContents()).toContain('Sexköp');
    await close();
  });

  it('focuses the field with / from anywhere except inside a text field', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/sok'));
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok');
    // Typed inside the page's own query field, / is just a character.
    await page.getByLabel('Sökord').fill('JO');
    await page.getByLabel('Sökord').press('/');
    expect(await page.getByLabel('Sökord').inputValue()).toBe('JO/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok-fraga');
    await close();
  });

  it('suggests headlines in a combobox: arrows choose, Escape closes, Enter opens the article', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/'));
    const field = page.getByRole('searchbox', { name: 'Sök' });
    await field.focus();
    const combobox = page.getByRole('combobox', { name: 'Sök' });
    await combobox.pressSequentially('jämställd', { delay: 30 });
    const listbox = page.getByRole('listbox', { name: 'Förslag' });
    await listbox.getByRole('option', { name: POLICE_HEADLINE }).waitFor();
    expect(await combobox.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await combobox.getAttribute('aria-expanded')).toBe('false');
    expect(await listbox.isHidden()).toBe(true);
    await page.keyboard.press('ArrowDown');
    const first = await listbox.getByRole('option').first().getAttribute('id');
    await expect.poll(() => combobox.getAttribute('aria-activedescendant')).toBe(first);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, suggestions open, ${colorScheme}`).toEqual([]);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: POLICE_HEADLINE }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop');
    await close();
  });

  it('opens a shared results address cold, filters and all, with noindex; axe finds nothing in light or dark', async () => {
    const { page, url, close } = await openPage(chromium());
    const response = await page.goto(url('/sok?q=domstol&sektion=arbetsratt&sortering=nyast'));
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    expect(html).toContain('<title>Sökresultat för ”domstol” – Rättsläget</title>');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('Arbetsdomstolen avgör tvisterna på arbetsmarknaden');
    expect(await page.getByLabel('Sektion', { exact: true }).inputValue()).toBe('arbetsratt');
    expect(await page.getByLabel('Sortering').inputValue()).toBe('nyast');
    expect(await page.getByText('2 träffar').getAttribute('role')).toBe('status');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, results, ${colorScheme}`).toEqual([]);
    }
    await page.goto(url('/sok?q=prostitusjon'));
    await page.getByRole('link', { name: 'prostitution' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, no hits, ${colorScheme}`).toEqual([]);
    }
    await close();
  });

  it('searches and filters without JavaScript: plain forms and links', async () => {
    const { page, url, close } = await openPage(chromium(), { javaScriptEnabled: false });
    await page.goto(url('/artikel/samtyckeslagen-sa-fungerar-den'));
    await page.getByRole('searchbox', { name: 'Sök' }).fill('nämndemän');
    await page.getByRole('search', { name: 'Sök' }).getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sökresultat för ”nämndemän”' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nämndemännen: vanliga medborgare som dömer' }).count()).toBe(1);
    await page.getByLabel('Sökord').fill('domstol');
    await page.getByLabel('Sektion', { exact: true }).selectOption('domstol');
    await page.getByRole('search', { name: 'Filtrera och sortera' }).getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sökresultat för ”domstol”' }).waitFor();
    expect(new URL(page.url()).searchParams.get('sektion')).toBe('domstol');
    const sections = await page.getByRole('list', { name: 'Träffar' }).locator('article > p:first-child').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((name) => name === 'Domstolar')).toBe(true);
    await close();
  });
});
