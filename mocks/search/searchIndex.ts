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

/** What each result carries besides its id: the filters and the sort key. */
type Stored = { sectionId: string; year: string; publishedAt: string };

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
    storeFields: ['sectionId', 'year', 'publishedAt'] satisfies (keyof Stored)[],
    extractField: (d, field) => {
      switch (field) {
        case 'body':
          return d.body.join('\n');
        case 'tags':
          return d.tags.join('\n');
        case 'section':
          return d.section.name;
        case 'sectionId':
          return d.section.id;
        // The offset in the timestamp is the newsroom's own, so this is the local year.
        case 'year':
          return d.publishedAt.slice(0, 4);
        case 'slug':
          return d.slug;
        case 'publishedAt':
          return d.publishedAt;
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
      // The last word is the one being typed; the others are taken as written (and prefixes of every word cost too much).
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= PREFIX_FROM.search,
      // A word the archive has is taken as spelt right: only a word it lacks is read as a typo.
      fuzzy: (term) => (term.length >= FUZZY_FROM && !vocabulary.has(term) ? 1 : 0),
      maxFuzzy: 1,
    },
  });
  index.addAll(documents);

  function find(query: string, filter: SearchFilter = {}, prefixFrom = PREFIX_FROM.search): SearchResult[] {
    const stored = (r: SearchResult) => r as unknown as Stored;
    const filtered = filter.section !== undefined || filter.year !== undefined;
    const results = index.search(query, {
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= prefixFrom,
      // Without a filter, no call per hit (a common word hits most of the archive).
      filter: filtered
        ? (r) => (!filter.section || stored(r).sectionId === filter.section) && (filter.year === undefined || stored(r).year === String(filter.year))
        : undefined,
    });
    if (filter.sort === 'newest') results.sort((a, b) => Date.parse(stored(b).publishedAt) - Date.parse(stored(a).publishedAt));
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
          const terms = results.find((r) => String(r.id) === slug)?.terms ?? [];
          return makeSnippet([d.lead, ...d.body], new Set(terms), indexTerms);
        },
      };
    },

    /** Headlines for the search field while the reader types: the best few matches. */
    suggest(query: string, limit: number): { slug: string; headline: string }[] {
      return find(query, {}, PREFIX_FROM.typing)
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
