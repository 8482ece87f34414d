/**
 * The statistics pages' and charts' strings: part of the interface's strings
 * (strings.ts), in a file of their own so that they load with the charts' code, not
 * with every page. The masthead's link, an article's chart placeholder and its links
 * from numbers in the text keep theirs in strings.ts (strings.stats).
 */
export const statsStrings = {
  pageIntro: 'Siffrorna bakom artiklarna. Varje serie visas som diagram och tabell och kan laddas ner.',
  illustrative: 'Exempeldata',
  official: 'Officiell statistik',
  source: 'Källa',
  notes: 'Noter',
  updated: 'Uppdaterad',
  view: 'Visa som',
  chart: 'Diagram',
  table: 'Tabell',
  download: 'Ladda ner CSV',
  from: 'Från',
  to: 'Till',
  range: 'Tidsperiod',
  series: 'Serier',
  period: 'Period',
  missing: 'uppgift saknas',
  missingShort: '–',
  change: (from: string, to: string) => `Förändring ${from}–${to}`,
  inText: 'I texten',
  chartLabel: (title: string) => `Diagram: ${title}. Använd piltangenterna för att gå mellan punkterna.`,
  pointAnnouncement: (period: string, values: string) => `${period}: ${values}`,
  allStats: 'All statistik',
  errorTitle: 'Diagrammet kunde inte visas',
} as const;
