import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

const ARTICLE = '/artikel/samtyckeslagen-sa-fungerar-den';

describe('comments in the browser', () => {
  it('posts a comment whose markup stays text and runs nothing', async () => {
    const { page, url, close } = await openPage(chromium());
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(url(ARTICLE));
    const region = page.getByRole('region', { name: /^Kommentarer/ });
    await region.getByLabel('Namn').fill('Testare');
    const payload = '<img src=x onerror=alert(1)><script>window.pwned = 1</script>';
    await region.getByLabel('Kommentar', { exact: true }).fill(payload);
    await region.getByRole('button', { name: 'Publicera kommentar' }).click();
    await region.getByText('Tack! Din kommentar är publicerad.').waitFor();
    await region.getByText(payload).waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await region.locator('img[src="x"]').count()).toBe(0);
    await close();
  });

  it('shows the comment form’s errors, summarised and focused, and passes axe', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(ARTICLE));
    const region = page.getByRole('region', { name: /^Kommentarer/ });
    await region.getByRole('button', { name: 'Publicera kommentar' }).click();
    const summary = region.getByRole('alert');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await region.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page), 'axe, comment form with errors').toEqual([]);
    await close();
  });

  it('reports a comment: Avbryt and Escape close, focus stays in the dialog and returns, Anmäl confirms once', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(`${POLICE}#kommentar-c2`));
    const report = page.getByRole('button', { name: 'Anmäl kommentaren från Per N.' });
    await report.click();
    const dialog = page.getByRole('dialog', { name: 'Anmäl kommentar' });
    await dialog.waitFor();
    expect(await axeViolations(page), 'axe, report dialog').toEqual([]);
    // Tab never reaches the page behind the modal (it may pass to the browser's own controls).
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    }
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await report.evaluate((el) => el === document.activeElement)).toBe(true);

    await report.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await report.evaluate((el) => el === document.activeElement)).toBe(true);

    await report.click();
    await dialog.getByRole('button', { name: 'Anmäl' }).click();
    const comment = page.getByRole('article', { name: 'Per N.' });
    await comment.getByText('Tack, kommentaren är anmäld.').waitFor();
    expect(await comment.getByRole('button', { name: /Anmäl/ }).count()).toBe(0);
    await page.reload();
    await page.getByRole('article', { name: 'Per N.' }).getByText('Tack, kommentaren är anmäld.').waitFor();
    await close();
  });
});

describe('tip via e-mail in the browser', () => {
  it('names the invalid addresses, passes axe with errors shown, then sends', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 740 } });
    await page.goto(url(ARTICLE));
    await page.getByRole('button', { name: 'Tipsa via e-post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tipsa om artikeln via e-post' });
    await dialog.getByLabel('Mottagare').fill('anna@example.se, anna@\nbo@example.se; inte-en-adress');
    await dialog.getByLabel('Ditt namn').fill('Åsa');
    await dialog.getByLabel('Din e-postadress').fill('asa@example.se');
    await dialog.getByRole('button', { name: 'Skicka tips' }).click();
    const summary = dialog.getByRole('alert');
    expect(await summary.textContent()).toContain('ogiltig adress: anna@, ogiltig adress: inte-en-adress');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page), 'axe, tip form with errors').toEqual([]);

    await dialog.getByLabel('Mottagare').fill('anna@example.se\nbo@example.se;ANNA@example.se,');
    await dialog.getByRole('button', { name: 'Skicka tips' }).click();
    await dialog.getByText('Tipset skickades till 2 mottagare.').waitFor();
    await close();
  });
});

describe('newsletter in the browser', () => {
  it('signs up, and answers a second sign-up of the same address in the same words', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/nyhetsbrev'));
    await page.getByLabel('E-postadress').fill('dubbel@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/^Kolla din inkorg: vi skickar ett mejl till dubbel@example\.se/).waitFor();
    await page.reload();
    await page.getByLabel('E-postadress').fill('dubbel@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/^Kolla din inkorg: vi skickar ett mejl till dubbel@example\.se/).waitFor();
    await page.getByLabel('E-postadress').fill('fel');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page), 'axe, sign-up with error').toEqual([]);
    await close();
  });
});

describe('when the API fails, every form keeps its input and says so', () => {
  it('comment, tip and sign-up', async () => {
    const { page, url, close } = await openPage(chromium(), { expectStatuses: [500] });
    // Load the page first, then break the API, so that only the sending fails.
    await page.goto(url(ARTICLE));
    const region = page.getByRole('region', { name: /^Kommentarer/ });
    await region.getByLabel('Namn').waitFor();
    await page.evaluate(() => fetch('/api/__mock?fail=500'));

    await region.getByLabel('Namn').fill('Maja');
    await region.getByLabel('Kommentar', { exact: true }).fill('Det här får inte försvinna');
    await region.getByRole('button', { name: 'Publicera kommentar' }).click();
    await region.getByText(/Kommentaren kunde inte skickas.*Det du skrev finns kvar/).waitFor();
    expect(await region.getByLabel('Kommentar', { exact: true }).inputValue()).toBe('Det här får inte försvinna');

    await page.getByRole('button', { name: 'Tipsa via e-post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tipsa om artikeln via e-post' });
    await dialog.getByLabel('Mottagare').fill('anna@example.se');
    await dialog.getByLabel('Ditt namn').fill('Åsa');
    await dialog.getByLabel('Din e-postadress').fill('asa@example.se');
    await dialog.getByRole('button', { name: 'Skicka tips' }).click();
    await dialog.getByText(/Tipset kunde inte skickas.*finns kvar/).waitFor();
    expect(await dialog.getByLabel('Mottagare').inputValue()).toBe('anna@example.se');
    expect(await axeViolations(page), 'axe, tip form with failure').toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto(url('/nyhetsbrev'));
    await page.getByLabel('E-postadress').fill('kvar@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/Anmälan kunde inte skickas.*finns kvar/).waitFor();
    expect(await page.getByLabel('E-postadress').inputValue()).toBe('kvar@example.se');

    // The comment draft survives leaving the page, too.
    await page.evaluate(() => fetch('/api/__mock'));
    await page.goto(url(ARTICLE));
    const again = page.getByRole('region', { name: /^Kommentarer/ });
    expect(await again.getByLabel('Kommentar', { exact: true }).inputValue()).toBe('Det här får inte försvinna');
    await close();
  });
});
