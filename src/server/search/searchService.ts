import type { Store } from '../store/store';
import { searchDocument } from './documents';
import { createSearchIndex, type SearchIndex } from './searchIndex';

/**
 * The embedded search: a MiniSearch index over the store's published articles, built at
 * start and built again when the content has changed, whoever changed it (this server,
 * `npm run content`, another process on the same file). Each search first asks the store
 * for a stamp of its content (a count and the latest change), which is one indexed query.
 */
export function createSearchService(store: Store) {
  let current: { stamp: string; index: SearchIndex } | undefined;
  let building: Promise<{ stamp: string; index: SearchIndex }> | undefined;

  const build = async (stamp: string) => {
    const articles = await store.content.publishedArticles();
    return { stamp, index: createSearchIndex(articles.map(searchDocument)) };
  };

  /** The index for the content as it is now. */
  async function index(): Promise<SearchIndex> {
    const stamp = await store.content.stamp();
    if (current?.stamp === stamp) return current.index;
    building ??= build(stamp).finally(() => (building = undefined));
    current = await building;
    return current.index;
  }

  return { index };
}

export type SearchService = ReturnType<typeof createSearchService>;
