import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hyphenateText, loadHyphenation, SOFT_HYPHEN } from './hyphenate';

// The other jsdom tests keep words whole (tests/setup.ts mocks the patterns); these need the real ones.
vi.unmock('hyphen/sv');

let swedish: (word: string) => string;
beforeAll(async () => {
  swedish = await loadHyphenation();
});

const hyphenate = (text: string) => hyphenateText(text, swedish);
/** Soft hyphens shown as "|" so the expectations can be read. */
const shown = (text: string) => hyphenate(text).replaceAll(SOFT_HYPHEN, '|');

describe('hyphenateText', () => {
  it('breaks long Swedish compounds at their syllables', () => {
    expect(shown('jämställdhetsperspektivet')).toBe('jäm|ställd|hets|per|spek|ti|vet');
    expect(shown('ledningsgrupperna')).toBe('led|nings|grup|per|na');
    expect(shown('Lokalpolisområdena')).toBe('Lo|kal|po|lis|om|rå|de|na');
  });

  it('keeps the punctuation around a word and changes nothing but the soft hyphens', () => {
    const text = 'Enligt (Brottsförebyggande rådet), ”medborgarlöften”: ledningsgrupperna.';
    expect(shown(text)).toBe('Enligt (Brotts|före|byg|gan|de rådet), ”med|bor|gar|löf|ten”: led|nings|grup|per|na.');
    expect(hyphenate(text).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });

  it('leaves words of fewer than eight letters whole', () => {
    expect(hyphenate('Polisen fick anmälda sexköp i landet')).toBe('Polisen fick anmälda sexköp i landet');
    expect(shown('Tingsrätt')).toBe('Tings|rätt');
  });

  it('leaves URLs and e-mail addresses alone', () => {
    for (const text of [
      'https://www.domstol.se/lokalpolisomradena/ledningsgrupperna',
      'www.brottsforebyggande.se',
      'jamstalldhetsmyndigheten.se',
      'kommunikationsavdelningen@polisen.se',
      'mailto:kommunikationsavdelningen@polisen.se',
      '/lokalpolisomradena',
      '@ledningsgrupperna',
    ]) {
      expect(hyphenate(`Läs mer på ${text} i dag`)).toBe(`Läs mer på ${text} i dag`);
    }
  });

  it('leaves numbers and words with digits alone', () => {
    expect(hyphenate('Från 563 till 840, 12345678 eller 2018-07-01 enligt SFS 2018:618 och 3:e stycket')).toBe(
      'Från 563 till 840, 12345678 eller 2018-07-01 enligt SFS 2018:618 och 3:e stycket',
    );
    expect(hyphenate('Lagrådsremiss2018 och 2018lagrådsremiss')).toBe('Lagrådsremiss2018 och 2018lagrådsremiss');
  });

  it('leaves already hyphenated words alone', () => {
    const withSoftHyphens = `jäm${SOFT_HYPHEN}ställdhetsperspektivet`;
    expect(hyphenate(withSoftHyphens)).toBe(withSoftHyphens);
    expect(shown('EU-domstolens förhandsavgörande')).toBe('EU-domstolens för|hands|av|gö|ran|de');
    expect(hyphenate('Arbetsmiljöverket-ärendet')).toBe('Arbetsmiljöverket-ärendet');
  });
});
