import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

const HEADLINE = 'Polisens jämställdhetsarbete gav fler anmälda sexköp';

type Voice = { name: string; lang: string };
type Spoken = { text: string; lang: string; voice: string | null };
type SpeechLog = { spoken: Spoken[]; calls: string[] };

/**
 * A stand-in for the browser's speech synthesis: it records what it is asked to say
 * and lets the test decide when each part starts and ends. Voices arrive after the
 * page has loaded (`voiceschanged`), as they do in Chrome.
 */
async function stubSpeech(page: Page, voices: Voice[]): Promise<void> {
  await page.addInitScript((voices: Voice[]) => {
    type Utterance = { text: string; lang: string; voice: Voice | null; onstart?: () => void; onend?: () => void; onerror?: (e: { error: string }) => void };
    const log = { spoken: [] as Spoken[], calls: [] as string[] };
    let available: Voice[] = [];
    let current: Utterance | null = null;
    const listeners = new Set<() => void>();
    setTimeout(() => {
      available = voices;
      for (const listener of listeners) listener();
    }, 300);
    const synth = {
      getVoices: () => available,
      speak(utterance: Utterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        current = utterance;
        setTimeout(() => utterance.onstart?.());
      },
      pause: () => log.calls.push('pause'),
      resume: () => log.calls.push('resume'),
      cancel() {
        log.calls.push('cancel');
        const cancelled = current;
        current = null;
        cancelled?.onerror?.({ error: 'interrupted' });
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        lang = '';
        voice: Voice | null = null;
        constructor(public text: string) {}
      },
      configurable: true,
    });
    Object.assign(window, {
      speechLog: log,
      // The part being read comes to its end: the next one starts.
      finishPart: () => {
        const finished = current;
        current = null;
        finished?.onend?.();
      },
    });
  }, voices);
}

const SWEDISH: Voice[] = [
  { name: 'English', lang: 'en-US' },
  { name: 'Alva', lang: 'sv-SE' },
];

const log = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);
const finishPart = (page: Page) => page.evaluate(() => (window as unknown as { finishPart: () => void }).finishPart());
const spokenCount = async (page: Page) => (await log(page)).spoken.length;
/** The elements marked as being read: tag and text (without soft hyphens). */
const marked = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-reading="true"]')].map((el) => `${el.tagName}: ${el.textContent?.replace(/\u00AD/g, '')}`));

async function openArticle(voices: Voice[], options: Parameters<typeof openPage>[1] = {}) {
  const opened = await openPage(chromium(), { viewport: { width: 375, height: 700 }, ...options });
  await stubSpeech(opened.page, voices);
  await opened.page.goto(opened.url(POLICE));
  await opened.page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
  return opened;
}

describe('Lyssna: the article read aloud', () => {
  it('reads the headline, the lead and the body in order with a Swedish voice, marking and showing the part being read', async () => {
    const { page, close } = await openArticle(SWEDISH);
    const controls = page.getByRole('group', { name: 'Uppläsning' });
    await controls.getByRole('button', { name: 'Lyssna' }).click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    await expect.poll(() => marked(page)).toEqual([`H1: ${HEADLINE}`]);

    // Every part in turn, until the article ends.
    for (let parts = 1; parts < 40; parts++) {
      await finishPart(page);
      if ((await spokenCount(page)) === parts) break;
      await expect.poll(() => marked(page)).toHaveLength(1);
      const inView = () =>
        page.evaluate(() => {
          const box = document.querySelector('[data-reading="true"]')?.getBoundingClientRect();
          return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
        });
      await expect.poll(inView, { message: `part ${parts + 1} is on screen` }).toBe(true);
    }
    const { spoken } = await log(page);
    const texts = spoken.map((part) => part.text);
    expect(spoken.every((part) => part.lang === 'sv-SE' && part.voice === 'Alva')).toBe(true);
    expect(texts[0]).toBe(HEADLINE);
    expect(texts[1]).toMatch(/^När polisen fick i uppdrag att arbeta in ett jämställdhetsperspektiv/);
    expect(texts[2]).toMatch(/^Uppdraget kom från regeringen 2016/);
    expect(texts[4]).toBe('Fler anmälda sexköp');
    // A number that points at the chart is read as the number, without the screen-reader hint.
    expect(texts[5]).toMatch(/^Enligt Brottsförebyggande rådet, Brå, anmäldes 563 sexköpsbrott år 2017\. Året därpå var antalet 840, en ökning/);
    // The chart as one sentence, not its controls or caption.
    expect(texts[6]).toMatch(/^Diagram: Anmälda brott om köp av sexuell tjänst\. Antal anmälda brott .* Förändring 2017–2018: \+277 \(\+49\s%\)\.$/);
    expect(texts[7]).toMatch(/^När vi bestämmer oss för att prioritera .* Det säger Mats Löfving, chef för polisens/);
    expect(texts[9]).toMatch(/^Fakta: Så fungerade uppdraget\. Regeringen gav 2016/);
    expect(texts.at(-1)).toMatch(/^En senare rapport från polisen anger 848 anmälda sexköp/);
    expect(texts).toHaveLength(15);
    const all = texts.join('\n');
    expect(all).not.toMatch(/Polisen har lagt mer resurser|Foto|Visa som|Tabell|Ladda ner|Anmäl dig till nyhetsbrevet|\u00AD|visa i diagrammet/);

    // At the end: nothing marked, and the control offers to start again.
    await expect.poll(() => marked(page)).toEqual([]);
    await controls.getByRole('button', { name: 'Lyssna' }).waitFor();
    await close();
  });

  it('pauses, resumes and stops', async () => {
    const { page, close } = await openArticle(SWEDISH);
    const controls = page.getByRole('group', { name: 'Uppläsning' });
    await controls.getByRole('button', { name: 'Lyssna' }).click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    await finishPart(page);
    await expect.poll(() => spokenCount(page)).toBe(2);

    await controls.getByRole('button', { name: 'Pausa' }).click();
    await controls.getByText('Uppläsningen är pausad.').waitFor();
    expect((await log(page)).calls.at(-1)).toBe('pause');
    // Focus stays on the button, which now resumes.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fortsätt');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
    }

    await controls.getByRole('button', { name: 'Fortsätt' }).click();
    expect((await log(page)).calls.at(-1)).toBe('resume');
    await controls.getByRole('button', { name: 'Stoppa' }).click();
    expect((await log(page)).calls.at(-1)).toBe('cancel');
    await controls.getByRole('button', { name: 'Lyssna' }).waitFor();
    expect(await controls.getByRole('button', { name: 'Stoppa' }).count()).toBe(0);
    expect(await marked(page)).toEqual([]);
    // Nothing more is read after a stop.
    await finishPart(page);
    await page.waitForTimeout(100);
    expect(await spokenCount(page)).toBe(2);
    await close();
  });

  it('stops when the reader goes to another page', async () => {
    const { page, close } = await openArticle(SWEDISH);
    await page.getByRole('group', { name: 'Uppläsning' }).getByRole('button', { name: 'Lyssna' }).click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    const callsBefore = (await log(page)).calls.length;

    await page.getByRole('navigation', { name: 'Sektioner' }).getByRole('link', { name: 'Sparat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sparade artiklar' }).waitFor();
    await expect.poll(async () => (await log(page)).calls.slice(callsBefore)).toEqual(['cancel']);
    await finishPart(page);
    await page.waitForTimeout(100);
    expect(await spokenCount(page)).toBe(1);
    await close();
  });

  it('says so when the browser has no Swedish voice, instead of reading nothing in silence', async () => {
    const { page, close } = await openArticle([{ name: 'English', lang: 'en-US' }]);
    await page.getByRole('button', { name: 'Lyssna' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppläsning går inte: webbläsaren har ingen svensk röst.' }).waitFor();
    expect(await spokenCount(page)).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
    }
    await close();
  });
});
