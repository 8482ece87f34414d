/**
 * The search page's and the suggestions' text (Swedish), kept with the feature so
 * that it loads with them rather than with every page. The field's label is in src/lib/strings.ts.
 */
export const searchStrings = {
  suggestions: 'Förslag',
  suggestionsCount: (n: number) => (n === 1 ? '1 förslag. Välj med pil upp och ned.' : `${n} förslag. Välj med pil upp och ned.`),
  pageTitle: 'Sök',
  pageDescription: 'Sök bland Rättslägets artiklar.',
  resultsTitle: (query: string) => `Sökresultat för ”${query}”`,
  count: (total: number) => (total === 0 ? 'Inga träffar' : total === 1 ? '1 träff' : `${total} träffar`),
  help: 'Sök på ord i rubriker, ingresser och brödtext, eller på ämnen, sektioner och skribenter. Du behöver inte skriva å, ä och ö, och ett stavfel i ett längre ord går bra.',
  latest: 'Senaste artiklarna',
  noHits: (query: string) => `Inga artiklar matchar ”${query}”.`,
  noHitsHint: 'Prova andra eller färre ord, eller ta bort ett filter.',
  didYouMean: 'Menade du',
  filters: 'Filtrera och sortera',
  filter: 'Filtrera',
  section: 'Sektion',
  allSections: 'Alla sektioner',
  year: 'År',
  allYears: 'Alla år',
  sort: 'Sortering',
  relevance: 'Mest relevant',
  newest: 'Nyast först',
  apply: 'Visa',
  hits: 'Träffar',
  query: 'Sökord',
} as const;
