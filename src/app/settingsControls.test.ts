import { afterEach, describe, expect, it } from 'vitest';
import { handleSettingsForms } from './settingsControls';

// As the server renders them (components/SettingChoice), before any of the app's code has run.
const PAGE = `
  <article data-text-size="normal"><p>Text</p></article>
  <form data-settings method="post" action="/installningar">
    <button name="theme" value="system" aria-pressed="true">Auto</button>
    <button name="theme" value="light" aria-pressed="false">Ljust</button>
    <button name="theme" value="dark" aria-pressed="false">Mörkt</button>
  </form>
  <form data-settings method="post" action="/installningar">
    <button name="textsize" value="normal" aria-pressed="true">Normal</button>
    <button name="textsize" value="larger" aria-pressed="false">Störst</button>
  </form>
  <form method="post" action="/annat"><button name="theme" value="dark">Något annat</button></form>`;

handleSettingsForms(document);
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
/** Whether the press was left to the browser (the form would post). */
const press = (name: string) => button(name).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

describe('the settings forms, from the first paint', () => {
  afterEach(() => {
    document.cookie = 'theme=; Max-Age=0; Path=/';
    document.cookie = 'textsize=; Max-Age=0; Path=/';
    delete document.documentElement.dataset.theme;
  });

  it('applies the dark theme at once, stores it, and shows which choice is pressed, without posting', () => {
    document.body.innerHTML = PAGE;
    expect(press('Mörkt')).toBe(false);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.cookie).toContain('theme=dark');
    expect(button('Mörkt').getAttribute('aria-pressed')).toBe('true');
    expect(button('Auto').getAttribute('aria-pressed')).toBe('false');
    press('Auto');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(document.cookie).not.toContain('theme=');
  });

  it('scales the article at once and stores the size', () => {
    document.body.innerHTML = PAGE;
    press('Störst');
    expect(document.querySelector('article')?.dataset.textSize).toBe('larger');
    expect(document.cookie).toContain('textsize=larger');
    expect(button('Störst').getAttribute('aria-pressed')).toBe('true');
    expect(button('Normal').getAttribute('aria-pressed')).toBe('false');
  });

  it('leaves other forms, and values that are not a choice, to the browser', () => {
    document.body.innerHTML = PAGE;
    expect(press('Något annat')).toBe(true);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    button('Ljust').value = 'blink';
    expect(press('Ljust')).toBe(true);
    expect(document.cookie).not.toContain('theme=');
  });
});
