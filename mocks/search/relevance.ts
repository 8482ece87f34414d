import type { SearchIndex } from '../../src/server/search/searchIndex.ts';

/**
 * Queries a reader might type, written by us, each with the fixture article it
 * should find: plain words, inflected forms, no å/ä/ö, typos, parts of compounds,
 * names and topics. The relevance test and `npm run bench:search` rank them.
 */
export const RELEVANCE_QUERIES: { query: string; expected: string }[] = [
  { query: 'anmälda sexköp 2018', expected: 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop' },
  { query: 'sexkop', expected: 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop' },
  { query: 'prostitusion', expected: 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop' },
  { query: 'Mats Löfving', expected: 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop' },
  { query: 'jämställd polisen', expected: 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop' },
  { query: 'samtyckeslagen', expected: 'samtyckeslagen-sa-fungerar-den' },
  { query: 'oaktsam våldtäkt', expected: 'samtyckeslagen-sa-fungerar-den' },
  { query: 'nämdemän tingsrätt', expected: 'namndeman-vanliga-medborgare-i-domstolen' },
  { query: 'hur väljs nämndemännen', expected: 'namndeman-vanliga-medborgare-i-domstolen' },
  { query: 'prövningstillstånd hovrätten', expected: 'provningstillstand-i-hovratten' },
  { query: 'prejudikat högsta domstolen', expected: 'hogsta-domstolen-och-prejudikaten' },
  { query: 'begära ut allmän handling', expected: 'offentlighetsprincipen-allmanna-handlingar' },
  { query: 'tryckfrihetsförordningen', expected: 'offentlighetsprincipen-allmanna-handlingar' },
  { query: 'justitieombudsmannen', expected: 'justitieombudsmannen-granskar-myndigheterna' },
  { query: 'anmäla till JO', expected: 'justitieombudsmannen-granskar-myndigheterna' },
  { query: 'arbetsdomstollen tvister', expected: 'arbetsdomstolen-sista-instans' },
  { query: 'turordning uppsägning', expected: 'las-nya-regler-for-anstallningsskydd' },
  { query: 'omställningsstöd', expected: 'las-nya-regler-for-anstallningsskydd' },
  { query: 'barnkonvensionen', expected: 'barnkonventionen-som-svensk-lag' },
  { query: 'haktning fore atal', expected: 'hakte-och-haktningstider' },
  { query: 'skattebrott bokföringsbrott', expected: 'ekobrottsmyndigheten-utreder-skattebrott' },
  { query: 'registerutdrag personuppgifter', expected: 'dataskyddsforordningen-och-den-enskilde' },
  { query: 'Integritetsskyddsmyndigheten', expected: 'dataskyddsforordningen-och-den-enskilde' },
  { query: 'Amira Haddad barn', expected: 'barnkonventionen-som-svensk-lag' },
];

export type RankedQuery = { query: string; expected: string; rank: number | undefined };

/** Where each query's expected article came (1 = first; undefined = not found). */
export function rankQueries(index: SearchIndex): RankedQuery[] {
  return RELEVANCE_QUERIES.map(({ query, expected }) => {
    const at = index.search(query).slugs.indexOf(expected);
    return { query, expected, rank: at === -1 ? undefined : at + 1 };
  });
}

/** The table as the benchmark and the test print it. */
export function relevanceTable(ranked: RankedQuery[]): string {
  const rows = ranked.map(({ query, expected, rank }) => `${(rank === undefined ? '–' : String(rank)).padStart(4)}  ${query.padEnd(34)} ${expected}`);
  const top3 = ranked.filter((r) => r.rank !== undefined && r.rank <= 3).length;
  return [`rank  query${' '.repeat(30)}expected article`, ...rows, `${top3} of ${ranked.length} in the top 3`].join('\n');
}
