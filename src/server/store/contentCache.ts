import { AsyncLocalStorage } from 'node:async_hooks';
import type { contentReads } from './content';
import type { Db } from './database';

type ContentReads = ReturnType<typeof contentReads>;

/** The reads a page is made of; the rest (what the writers' side asks) always go to the database. */
const CACHED = ['sections', 'section', 'tag', 'author', 'teasers', 'article', 'statsList', 'stats'] as const satisfies readonly (keyof ContentReads)[];

/** Entries kept at most (an article is some tens of KB): the least recently read goes first. */
const MAX_ENTRIES = 500;

/** Inside a page's render: the generation each cache saw at the page's first read. */
const pageReads = new AsyncLocalStorage<Map<object, Promise<number>>>();

/**
 * Runs a page's render so that all its reads share one look at the content generation (the
 * first read's): a page is made of several reads (the article, the sections, a chart's
 * statistics), and one round trip to the database is enough to know they are current. The
 * page is then one consistent picture, as of when its rendering began.
 */
export function withOnePageOfReads<T>(render: () => Promise<T>): Promise<T> {
  return pageReads.run(new Map(), render);
}

/**
 * What readers are shown, read once per change rather than once per request. Each read first
 * asks the database for the content generation (one row, kept by triggers in every writer's
 * transaction, migration 0012): a new number empties the cache, so a read is never older than
 * the last commit, on any instance, whoever wrote it. A read that saw an older number than the
 * cache already holds (it raced a commit) goes to the database and is not kept.
 *
 * A page's render asks once for all its reads (withOnePageOfReads). Results are shared
 * between requests: callers read them, never change them.
 */
export function cachedContentReads(reads: ContentReads, db: Db, maxEntries = MAX_ENTRIES): ContentReads {
  const entries = new Map<string, Promise<unknown>>();
  let current = 0;

  // Asked before every read: compiled once.
  const query = db.selectFrom('content_generation').select('n').where('id', '=', 1).compile();
  const generation = async () => Number((await db.executeQuery(query)).rows[0]!.n);
  /** Once per page being rendered, else once per read. */
  const lookAtGeneration = () => {
    const page = pageReads.getStore();
    if (!page) return generation();
    let seen = page.get(entries);
    if (!seen) page.set(entries, (seen = generation()));
    return seen;
  };

  function cached<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      const seen = await lookAtGeneration();
      if (seen < current) return read(...args);
      if (seen > current) {
        entries.clear();
        current = seen;
      }
      const key = `${name}:${JSON.stringify(args)}`;
      const hit = entries.get(key) as Promise<R> | undefined;
      if (hit) {
        // Most recently read last: the first key is the one to let go.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const work = read(...args);
      entries.set(key, work);
      // A failed read is not remembered: the next request tries again.
      work.catch(() => entries.get(key) === work && entries.delete(key));
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return work;
    };
  }

  const wrapped: Partial<ContentReads> = {};
  for (const name of CACHED) Object.assign(wrapped, { [name]: cached(name, reads[name] as (...args: unknown[]) => Promise<unknown>) });
  return { ...reads, ...wrapped };
}
