import MiniSearch, { type SearchResult } from 'minisearch';
import { makeSnippet, type Snippet } from './snippet.ts';
import { compoundSplitter, fold, searchTerm, tokenize } from './swedish.ts';

/** What the mock API indexes of an article: its text fields and what it can be filtered by. */
export type SearchDocument = {
  slug: string;
  headline: string;
  lead: string;
  /** The body's text, a string per block (paragraphs, subheadings, quotes, fact boxes). */
  body: string[];
  tags: string[];
  section: { id: string; name: string };
  author: string;
  publishedAt: string;
};

type SearchFilter = { section?: string; year?: number; sort?: 'relevance' | 'newest' };

const FIELDS = ['headline', 'lead', 'body', 'tags', 'section', 'author'] as const;

/** Headline above lead above body; topics, section and writer count about as a lead does. */
const BOOST = { headline: 4, lead: 2, body: 1, tags: 2, section: 1.5, author: 2 };

/** One typo is forgiven in words this long; shorter words must be spelt right. */
const FUZZY_FROM = 6;
/**
 * Below this a word (as stemmed) is not taken as the start of a longer one. While typing,
 * three letters already narrow the headlines; a submitted search expands only longer stems,
 * as a short one ("dom", "för") starts thousands of words and would match every article.
 */
const PREFIX_FROM = { typing: 3, search: 5 };

/**
 * The mock API's full-text index (MiniSearch, BM25), built once over the archive.
 * A production API would use its search engine's Swedish analyzer instead
 * (Elasticsearch/OpenSearch, Meilisearch, Typesense); the HTTP contract stays the same.
 */
export function createSearchIndex(documents: SearchDocument[]) {
  const texts = new Map(documents.map((d) => [d.slug, d]));
  const vocabulary = new Set<string>();
  /** Each term as the archive first writes it, for "did you mean". */
  const spellings = new Map<string, string>();
  for (const d of documents) {
    for (const text of [d.headline, d.lead, ...d.body]) {
      for (const { word } of tokenize(text)) {
        const term = searchTerm(word);
        if (!term || /^\d+$/.test(term)) continue;
        vocabulary.add(term);
        if (!spellings.has(term)) spellings.set(term, word.toLowerCase());
      }
    }
  }
  const splitCompound = compoundSplitter(vocabulary);
  /** What a word is indexed as: its term, and a compound's parts beside it. */
  const indexTerms = (word: string): string[] => {
    const term = searchTerm(word);
    return term ? [term, ...splitCompound(term)] : [];
  };

  const index = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: [...FIELDS],
    // No stored fields: filters and sorting read the documents themselves, so a hit is not copied into every result.
    extractField: (d, field) => {
      switch (field) {
        case 'body':
          return d.body.join('\n');
        case 'tags':
          return d.tags.join('\n');
        case 'section':
          return d.section.name;
        case 'slug':
          return d.slug;
        default:
          return String(d[field as 'headline' | 'lead' | 'author']);
      }
    },
    tokenize: (text) => tokenize(text).map((t) => t.word),
    processTerm: (word) => {
      const terms = indexTerms(word);
      return terms.length ? terms : null;
    },
    searchOptions: {
      boost: BOOST,
      combineWith: 'AND',
      processTerm: (word) => searchTerm(word) ?? null,
      // A word the archive has is taken as spelt right: only a word it lacks is read as a typo.
      fuzzy: (term) => (term.length >= FUZZY_FROM && !vocabulary.has(term) ? 1 : 0),
      maxFuzzy: 1,
    },
  });
  index.addAll(documents);

  /** An article's date as a number, for sorting by newest. */
  const published = new Map(documents.map((d) => [d.slug, Date.parse(d.publishedAt)]));
  const doc = (r: SearchResult) => texts.get(String(r.id)) as SearchDocument;

  /**
   * The last word is the one being typed; the others are taken as written (and prefixes of
   * every word cost too much). While typing, it is always read as the start of a word. In a
   * submitted search, only if the archive lacks it as a word: "prövningstill" is unfinished,
   * "beslut" is not, and its inflections and the compounds it is part of are found without
   * expanding it to the hundreds of words that begin with it.
   */
  const prefixOf = (typing: boolean) => (term: string, i: number, terms: string[]) =>
    i === terms.length - 1 && (typing ? term.length >= PREFIX_FROM.typing : term.length >= PREFIX_FROM.search && !vocabulary.has(term));

  function find(query: string, filter: SearchFilter = {}, typing = false): SearchResult[] {
    const filtered = filter.section !== undefined || filter.year !== undefined;
    const results = index.search(query, {
      prefix: prefixOf(typing),
      // Without a filter, no call per hit (a common word hits most of the archive).
      filter: filtered
        ? (r) =>
            (!filter.section || doc(r).section.id === filter.section) &&
            // The offset in the timestamp is the newsroom's own, so this is the local year.
            (filter.year === undefined || doc(r).publishedAt.startsWith(String(filter.year)))
        : undefined,
    });
    if (filter.sort === 'newest') results.sort((a, b) => (published.get(String(b.id)) ?? 0) - (published.get(String(a.id)) ?? 0));
    return results;
  }

  const spelling = (term: string) => spellings.get(term) ?? term;

  return {
    /** Every matching article, best first (or newest first), with its snippet built on demand. */
    search(query: string, filter: SearchFilter = {}): { slugs: string[]; snippet: (slug: string) => Snippet } {
      const results = find(query, filter);
      return {
        slugs: results.map((r) => String(r.id)),
        // Only the page's few hits get a snippet: their terms are looked up then, not for every hit.
        snippet: (slug) => {
          const d = texts.get(slug);
          if (!d) throw new Error(`No such document: ${slug}`);
          const matched = new Set(results.find((r) => String(r.id) === slug)?.terms);
          const stems = [...matched].filter((m) => m.length >= PREFIX_FROM.search);
          // A word matched if it, or a part of it as a compound, is among the hit's matched terms; a longer
          // word built on a matched one ("sexköpsbrott" for "sexköp") is marked too, as a reader expects.
          const isMatch = (word: string) => {
            const term = searchTerm(word);
            if (term === undefined) return false;
            return matched.has(term) || splitCompound(term).some((part) => matched.has(part)) || stems.some((m) => term.startsWith(m));
          };
          return makeSnippet([d.lead, ...d.body], matched, isMatch);
        },
      };
    },

    /** Headlines for the search field while the reader types: the best few matches. */
    suggest(query: string, limit: number): { slug: string; headline: string }[] {
      return find(query, {}, true)
        .slice(0, limit)
        .map((r) => ({ slug: String(r.id), headline: texts.get(String(r.id))?.headline ?? '' }));
    },

    /**
     * For a query without hits: the closest spelling that has some (two typos per word
     * allowed here), written as the archive writes it; undefined if there is none.
     */
    didYouMean(query: string, filter: SearchFilter = {}): string | undefined {
      const [best] = index.autoSuggest(query, { fuzzy: (term) => (term.length >= 4 ? 2 : term.length >= 3 ? 1 : 0), maxFuzzy: 2, prefix: false });
      if (!best) return undefined;
      const suggestion = best.terms.map(spelling).join(' ');
      if (fold(suggestion) === fold(query.trim())) return undefined;
      return find(suggestion, filter).length ? suggestion : undefined;
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
