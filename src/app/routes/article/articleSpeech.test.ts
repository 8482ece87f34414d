import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../features/articles/schema';
import type { StatsSet } from '../../../features/stats/schema';
import type { Image } from '../../../lib/imageSchema';
import { pickVoice } from '../../../lib/speech';
import { findSpokenElement, spokenArticle } from './articleSpeech';

const picture = (caption: string): Image => ({
  src: '/media/lagbok-800.webp',
  sources: [{ url: '/media/lagbok-800.webp', width: 800 }],
  width: 1200,
  height: 675,
  alt: 'En lagbok.',
  caption,
  credit: { name: 'Lina Ek' },
});
const text = (value: string) => ({ type: 'text' as const, text: value });
const stats: StatsSet = {
  id: 'sexkop-anmalda',
  title: 'Anmälda brott om köp av sexuell tjänst',
  unit: 'anmälda brott',
  description: 'Antal anmälda brott om köp av sexuell tjänst i hela landet, per år.',
  source: { name: 'Brå', url: 'https://bra.se/' },
  notes: [],
  provenance: 'official',
  updatedAt: '2026-03-01T00:00:00+01:00',
  series: [{ id: 'anmalda', name: 'Anmälda brott', points: [{ period: '2017', value: 563 }, { period: '2018', value: 840 }] }],
};
const body: Block[] = [
  {
    type: 'paragraph',
    content: [
      text('Första stycket, med '),
      { type: 'dataRef', text: '563 brott', statsId: 'sexkop-anmalda', seriesId: 'anmalda', period: '2017' },
      text(' och '),
      { type: 'emphasis', text: 'betoning' },
      text('.'),
    ],
  },
  { type: 'image', image: picture('Inte heller den här bildtexten.') },
  { type: 'subheading', id: 'mellanrubrik', text: 'En mellanrubrik' },
  { type: 'chart', statsId: 'sexkop-anmalda', caption: 'Bildtext till diagrammet' },
  { type: 'chart', statsId: 'okand', caption: 'Diagram utan data' },
  { type: 'quote', text: 'Ett citat.', speaker: 'Mats Löfving', role: 'chef' },
  { type: 'factBox', title: 'Faktarutan', items: ['Första punkten.', 'Andra punkten.'] },
  { type: 'newsletterCta', title: 'Nyhetsbrevet', text: 'Anmäl dig.' },
  { type: 'paragraph', content: [text('Sista stycket.')] },
];
const article: Article = {
  slug: 'exempel',
  headline: 'Jämställdhets\u00ADperspektivet i rubriken',
  lead: 'Ingressen kommer efter rubriken.',
  section: { id: 'brott', name: 'Brott' },
  author: { id: 'anna-berg', name: 'Anna Berg', role: 'Reporter' },
  publishedAt: '2026-11-27T07:30:00+01:00',
  image: picture('Bildtexten läses inte.'),
  hero: picture('Bildtexten läses inte.'),
  body,
  tags: [],
  related: [],
  commentsEnabled: false,
};
const statsFor = (id: string) => (id === stats.id ? stats : undefined);

describe('what Lyssna reads', () => {
  it('reads the headline, the lead, then the body in order; not pictures, captions or the sign-up box', () => {
    const parts = spokenArticle(article, statsFor);
    expect(parts.map((part) => part.text)).toEqual([
      'Jämställdhetsperspektivet i rubriken',
      'Ingressen kommer efter rubriken.',
      'Första stycket, med 563 brott och betoning.',
      'En mellanrubrik',
      expect.stringMatching(/^Diagram: Anmälda brott om köp av sexuell tjänst\. Antal anmälda brott om köp av sexuell tjänst i hela landet, per år\. Förändring 2017–2018: \+277 \(\+49\s%\)\.$/),
      'Diagram: Diagram utan data.',
      'Ett citat. Det säger Mats Löfving, chef.',
      'Fakta: Faktarutan. Första punkten. Andra punkten.',
      'Sista stycket.',
    ]);
  });

  it('finds the part being read on the page, whatever soft hyphens and screen-reader hints the page adds', () => {
    document.body.innerHTML = `
      <main><article>
        <header><h1>Jämställdhets\u00ADperspektivet</h1><p>In\u00ADgressen kommer efter rubriken.</p></header>
        <div>
          <p>Första stycket, med <button>563 brott<span class="visually-hidden"> (visa i diagrammet)</span></button> och <em>betoning</em>.</p>
          <h2 id="mellanrubrik">En mellanrubrik</h2>
          <figure><blockquote><p>– Ett citat.</p></blockquote><figcaption>Mats Löfving</figcaption></figure>
          <aside><p>Fakta</p><h2>Faktarutan</h2><ul><li>Första punkten.</li></ul></aside>
        </div>
      </article></main>`;
    const root = document.querySelector('article') as Element;
    const [headline, lead, first, subheading, , , said, box] = spokenArticle(article, statsFor);
    const found = (part: typeof headline) => (part ? findSpokenElement(root, part) : null);
    expect(found(headline)?.tagName).toBe('H1');
    expect(found(lead)?.textContent).toBe('In\u00ADgressen kommer efter rubriken.');
    expect(found(first)?.textContent).toMatch(/^Första stycket/);
    expect(found(subheading)?.id).toBe('mellanrubrik');
    expect(found(said)?.tagName).toBe('FIGURE');
    expect(found(box)?.tagName).toBe('ASIDE');
  });

  it('chooses a Swedish voice: sv-SE if there is one, else another Swedish one, else none', () => {
    const voice = (name: string, lang: string) => ({ name, lang }) as SpeechSynthesisVoice;
    expect(pickVoice([voice('en', 'en-US'), voice('fi', 'sv-FI'), voice('se', 'sv-SE')], 'sv-SE')?.name).toBe('se');
    expect(pickVoice([voice('en', 'en-US'), voice('fi', 'sv_FI')], 'sv-SE')?.name).toBe('fi');
    expect(pickVoice([voice('en', 'en-US')], 'sv-SE')).toBeUndefined();
  });
});
