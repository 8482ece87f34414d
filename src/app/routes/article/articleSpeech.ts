import type { Article, Block, Inline } from '../../../features/articles/schema';
import { chartRows, defaultChartState, seriesChange } from '../../../features/stats/chartState';
import type { StatsSet } from '../../../features/stats/schema';
import { chartElementId } from '../../../lib/dataHighlight';
import { formatPercentChange, formatPeriod, formatSignedNumber } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import { statsStrings } from '../../../lib/strings.stats';
import { listenStrings } from '../../../lib/strings.listen';

// What "Lyssna" reads, built from the article's data (never from the page, whose text
// carries soft hyphens): the headline, the lead, then the body in order. Pictures and
// their captions, and the chart's controls, are not read; a chart is read as one
// sentence about what it shows.

/** A part read aloud, and where it stands on the page (an element id, or text to find). */
export type SpokenPart = { text: string; place: { id: string } | { text: string } | 'headline' };

const SOFT_HYPHEN = /\u00AD/g;

const inlineText = (nodes: Inline[]) => nodes.map((node) => node.text).join('');

/** The chart as one sentence: its title, what it counts, and how each series changed. */
function chartSentence(stats: StatsSet): string {
  const rows = chartRows(stats, defaultChartState(stats));
  const changes = stats.series.flatMap((series) => {
    const change = seriesChange(rows, series.id);
    if (!change) return [];
    const amount = formatSignedNumber(change.absolute) + (change.ratio === null ? '' : ` (${formatPercentChange(change.ratio)})`);
    const which = stats.series.length > 1 ? ` för ${series.name}` : '';
    return [`${statsStrings.change(formatPeriod(change.from), formatPeriod(change.to))}${which}: ${amount}.`];
  });
  return [listenStrings.chart(stats.title), stats.description, ...changes].join(' ');
}

function blockPart(block: Block, statsFor: (id: string) => StatsSet | undefined): SpokenPart | null {
  switch (block.type) {
    case 'paragraph': {
      const text = inlineText(block.content);
      return { text, place: { text } };
    }
    case 'subheading':
      return { text: block.text, place: { id: block.id } };
    case 'quote':
      return {
        text: `${block.text} ${listenStrings.quoteBy(block.role ? `${block.speaker}, ${block.role}` : block.speaker)}`,
        place: { text: block.text },
      };
    case 'factBox':
      return { text: [`${strings.article.factBox}: ${block.title}.`, ...block.items].join(' '), place: { text: block.title } };
    case 'chart': {
      const stats = statsFor(block.statsId);
      return { text: stats ? chartSentence(stats) : listenStrings.chart(block.caption), place: { id: chartElementId(block.statsId) } };
    }
    case 'image':
    case 'newsletterCta':
      return null;
  }
}

export function spokenArticle(article: Article, statsFor: (id: string) => StatsSet | undefined): SpokenPart[] {
  const parts: SpokenPart[] = [
    { text: article.headline, place: 'headline' },
    { text: article.lead, place: { text: article.lead } },
    ...article.body.flatMap((block) => blockPart(block, statsFor) ?? []),
  ];
  return parts.map((part) => ({ ...part, text: part.text.replace(SOFT_HYPHEN, '') })).filter((part) => part.text.trim() !== '');
}

const normal = (text: string) => text.replace(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim();

/** The element's text as seen, without what is there for screen readers only (a data reference's hint). */
function seenText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.visually-hidden')) text += node.textContent;
  }
  return normal(text);
}

/** The element on the page a part was read from: found by id, or as the smallest block holding its text. */
export function findSpokenElement(root: Element, part: SpokenPart): HTMLElement | null {
  if (part.place === 'headline') return root.querySelector('h1');
  if ('id' in part.place) return document.getElementById(part.place.id);
  const probe = normal(part.place.text).slice(0, 60);
  let best: HTMLElement | null = null;
  let bestLength = Infinity;
  for (const element of root.querySelectorAll<HTMLElement>('p, h2, h3, li')) {
    const text = seenText(element);
    if (text.includes(probe) && text.length < bestLength) [best, bestLength] = [element, text.length];
  }
  // A quote or a fact box is marked as a whole.
  return best?.closest<HTMLElement>('aside, figure') ?? best;
}
