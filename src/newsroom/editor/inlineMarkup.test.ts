import { describe, expect, it } from 'vitest';
import type { Inline } from '../../features/articles/schema';
import { parseInline, printInline } from './inlineMarkup';

const roundTrip = (nodes: Inline[]) => parseInline(printInline(nodes));

describe('a paragraph typed with marks', () => {
  it.each<[string, Inline[]]>([
    ['text', [{ type: 'text', text: 'Hovrätten fastställde domen.' }]],
    ['text with the markup’s own characters', [{ type: 'text', text: 'Stjärna * [hakparentes] (parentes) {klammer} a/b och \\ snedstreck \\* \\[' }]],
    ['emphasis', [{ type: 'text', text: 'Domen är ' }, { type: 'emphasis', text: 'inte' }, { type: 'text', text: ' överklagad.' }]],
    ['emphasis with a star and a backslash in it', [{ type: 'emphasis', text: 'a*b\\' }]],
    ['strong', [{ type: 'strong', text: 'Obs:' }, { type: 'text', text: ' ny praxis.' }]],
    ['emphasis and strong side by side', [{ type: 'emphasis', text: 'ett' }, { type: 'strong', text: 'två' }, { type: 'emphasis', text: 'tre' }]],
    ['a web link', [{ type: 'text', text: 'Läs ' }, { type: 'link', text: 'domen [B 123-26]', href: 'https://www.domstol.se/hovratt/mal?nr=B%20123-26#beslut' }]],
    ['a link with parentheses in its address', [{ type: 'link', text: 'Brå', href: 'https://sv.wikipedia.org/wiki/Br%C3%A5_(myndighet)' }]],
    ['a link on the site', [{ type: 'link', text: 'tidigare artikel', href: '/artikel/hovratten-skarper-straffet' }, { type: 'text', text: '.' }]],
    ['a mail link', [{ type: 'link', text: 'redaktionen', href: 'mailto:red@rattslaget.example' }]],
    ['a data reference', [{ type: 'text', text: 'Anmälningarna ökade till ' }, { type: 'dataRef', text: '840', statsId: 'sexkop-anmalda', seriesId: 'anmalda', period: '2018' }, { type: 'text', text: ' år 2018.' }]],
    ['a data reference whose ids have slashes and braces', [{ type: 'dataRef', text: '1 234]', statsId: 'a/b', seriesId: 'c}d', period: '2018\\Q1' }]],
  ])('%s: printed and read back, is the same', (_name, nodes) => {
    expect(roundTrip(nodes)).toEqual({ nodes, problems: [] });
  });

  it('reads what an editor types', () => {
    expect(parseInline('Det är *viktigt*, **mycket** viktigt: se [domen](https://domstol.se/dom) och [840]{sexkop-anmalda/anmalda/2018}.').nodes).toEqual([
      { type: 'text', text: 'Det är ' },
      { type: 'emphasis', text: 'viktigt' },
      { type: 'text', text: ', ' },
      { type: 'strong', text: 'mycket' },
      { type: 'text', text: ' viktigt: se ' },
      { type: 'link', text: 'domen', href: 'https://domstol.se/dom' },
      { type: 'text', text: ' och ' },
      { type: 'dataRef', text: '840', statsId: 'sexkop-anmalda', seriesId: 'anmalda', period: '2018' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps a mark that is not closed as the characters typed', () => {
    expect(parseInline('5 * 3 och [inte en länk] och **halv').nodes).toEqual([{ type: 'text', text: '5 * 3 och [inte en länk] och **halv' }]);
    expect(parseInline('').nodes).toEqual([{ type: 'text', text: '' }]);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', 'ftp://example.se/fil'])(
    'refuses a link to %s with a message that says which links are allowed',
    (href) => {
      const { problems } = parseInline(`Se [här](${href.replace(/[()]/g, '\\$&')}).`);
      expect(problems).toEqual([expect.stringMatching(/^Länken ”.+” är inte tillåten: bara http- och https-adresser/)]);
    },
  );

  it('says what a data reference lacks', () => {
    expect(parseInline('[840]{sexkop-anmalda/2018}').problems).toEqual(['Sifferreferensen {sexkop-anmalda/2018} behöver tre delar: statistik/serie/period.']);
  });
});

describe('marks with white space at their ends', () => {
  it('are typed with the white space outside, which reads the same', () => {
    expect(roundTrip([{ type: 'text', text: 'Det är' }, { type: 'emphasis', text: ' inte ' }, { type: 'text', text: 'så.' }]).nodes).toEqual([
      { type: 'text', text: 'Det är ' },
      { type: 'emphasis', text: 'inte' },
      { type: 'text', text: ' så.' },
    ]);
  });
});
