import type { SearchSort } from '../../features/search/schema';
import type { Db } from '../store/database';
import type { Store } from '../store/store';
import { searchDocument } from './documents';
import { createPostgresSearch } from './postgresSearch';
import { createSearchIndex, type SearchIndex } from './searchIndex';
import type { Snippet } from './snippet';

export type SearchFilter = { section?: string; year?: number; sort?: SearchSort };

/** What the API searches with, whichever engine answers: every hit best (or newest) first, snippets for a page of them. */
export type SearchEngine = {
  search(query: string, filter?: SearchFilter): Promise<{ slugs: string[]; snippets(slugs: string[]): Promise<Map<string, Snippet>> }>;
  /** Headlines for the search field while the reader types: the best few matches. */
  suggest(query: string, limit: number): Promise<{ slug: string; headline: string }[]>;
  /** For a query without hits: the closest spelling that has some, or undefined. */
  didYouMean(query: string, filter?: SearchFilter): Promise<string | undefined>;
};

/**
 * The search over the store's published articles. On PostgreSQL, PostgreSQL's own full-text
 * search (postgresSearch.ts): one index for every instance, kept in step by the database
 * itself. On SQLite, the embedded MiniSearch index, built at start and built again when the
 * content has changed, whoever changed it (this server, `npm run content`, another process
 * on the same file): each search first asks the store for a stamp of its content (a count
 * and the latest change), which is one indexed query.
 */
export function createSearchService(store: Store, db: Db) {
  if (store.dialect === 'postgres') {
    const engine = createPostgresSearch(db);
    return { index: async (): Promise<SearchEngine> => engine };
  }

  let current: { stamp: string; engine: SearchEngine } | undefined;
  let building: Promise<{ stamp: string; engine: SearchEngine }> | undefined;

  const build = async (stamp: string) => {
    const articles = await store.content.publishedArticles();
    return { stamp, engine: embeddedEngine(createSearchIndex(articles.map(searchDocument))) };
  };

  /** The engine for the content as it is now. */
  async function index(): Promise<SearchEngine> {
    const stamp = await store.content.stamp();
    if (current?.stamp === stamp) return current.engine;
    building ??= build(stamp).finally(() => (building = undefined));
    current = await building;
    return current.engine;
  }

  return { index };
}

/** The MiniSearch index behind the engines' one interface. */
function embeddedEngine(index: SearchIndex): SearchEngine {
  return {
    async search(query, filter) {
      const found = index.search(query, filter);
      return { slugs: found.slugs, snippets: async (slugs) => new Map(slugs.map((slug) => [slug, found.snippet(slug)])) };
    },
    suggest: async (query, limit) => index.suggest(query, limit),
    didYouMean: async (query, filter) => index.didYouMean(query, filter),
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
