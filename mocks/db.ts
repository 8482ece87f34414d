import type { Article, Teaser, TeaserPage } from '../src/features/articles/schema.ts';
import type { Author } from '../src/features/authors/schema.ts';
import type { Comment, CommentPage } from '../src/features/comments/schema.ts';
import type { SubscriptionState } from '../src/features/newsletter/linkSchema.ts';
import type { StatsSet } from '../src/features/stats/schema.ts';
import { articles, sections, tags, type ArticleFixture } from './fixtures/articles.ts';
import { authors } from './fixtures/authors.ts';
import { comments } from './fixtures/comments.ts';
import { statsSets } from './fixtures/stats.ts';

/**
 * The fixture database behind every mock mode (dev worker, Node tests, the server's
 * embedded API). The content (articles, authors, statistics) is fixtures in memory;
 * what readers post goes to a ReaderStore: in memory by default, in a SQLite file on
 * the server (src/server/sqliteStore.ts, plugged in with setStore). Reads return
 * copies; `resetDb` restores the fixtures in both.
 */
type State = {
  articles: ArticleFixture[];
  authors: Author[];
  statsSets: StatsSet[];
};

function freshState(): State {
  return {
    articles: structuredClone(articles),
    authors: structuredClone(authors),
    statsSets: structuredClone(statsSets),
  };
}

let state = freshState();

/** A tip as it would be handed to a mailer: the unique recipients, the sender, the message. */
type SubscriberStatus = SubscriptionState['status'];

export type StoredTip = {
  slug: string;
  recipients: string[];
  senderName: string;
  senderEmail: string;
  message: string | undefined;
  sentAt: string;
};

/** Which request an Idempotency-Key belongs to. */
export type IdempotencyScope = { method: string; path: string; key: string };

/** The first answer given for a key, and the SHA-256 of the body it answered. */
export type IdempotencyRecord = IdempotencyScope & { bodyHash: string; status: number; body: unknown };

/** A key is replayed for a day, then forgotten. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Where what readers post is kept. Every method is synchronous, so that a check and the
 * write it decides happen in one turn of the event loop; `transaction` makes several
 * writes one (all kept, or none if `work` throws).
 */
export type ReaderStore = {
  /** A page of an article's published comments, and how many there are. */
  publishedComments(slug: string, order: 'newest' | 'oldest', offset: number, limit: number): { items: Comment[]; total: number };
  /** Stores the comment under a new id, never one given before. */
  addComment(slug: string, comment: Omit<Comment, 'id'>): Comment;
  commentExists(id: string): boolean;
  /** false when this reader has reported the comment already. */
  addReport(commentId: string, readerId: string): boolean;
  /** Where a newsletter address (lower case) stands, if it has signed up. */
  subscriber(email: string): SubscriberStatus | undefined;
  setSubscriber(email: string, status: SubscriberStatus): void;
  addTip(tip: StoredTip): void;
  /** Every stored tip, oldest first. */
  tips(): StoredTip[];
  /** The record for the key, unless it is older than IDEMPOTENCY_TTL_MS. */
  findIdempotency(scope: IdempotencyScope): IdempotencyRecord | undefined;
  /** Keeps the record (and deletes the expired ones). */
  saveIdempotency(record: IdempotencyRecord): void;
  transaction<T>(work: () => T): T;
  /** Back to the fixtures, as when the store was created. */
  reset(): void;
};

/** What a new store starts with: the fixture comments and one confirmed subscriber; new comments are numbered from c100. */
const readerSeed = {
  comments: () => structuredClone(comments),
  subscribers: ['redan@example.se'],
  firstCommentNumber: 100,
};

/** The store of the dev worker and the unit tests. Its `transaction` does not roll back: nothing here fails halfway. */
export function createMemoryStore(options: { now?: () => number } = {}): ReaderStore {
  const now = options.now ?? (() => Date.now());
  const fresh = () => ({
    comments: new Map(Object.entries(readerSeed.comments())),
    reports: new Set<string>(),
    subscribers: new Map<string, SubscriberStatus>(readerSeed.subscribers.map((email) => [email, 'confirmed'])),
    tips: [] as StoredTip[],
    idempotency: new Map<string, IdempotencyRecord & { createdAt: number }>(),
    nextCommentNumber: readerSeed.firstCommentNumber,
  });
  let data = fresh();
  const scopeKey = ({ method, path, key }: IdempotencyScope) => JSON.stringify([method, path, key]);
  const expired = (createdAt: number) => createdAt <= now() - IDEMPOTENCY_TTL_MS;
  return {
    publishedComments(slug, order, offset, limit) {
      const all = (data.comments.get(slug) ?? []).filter((c) => c.state === 'published');
      const ordered = order === 'newest' ? [...all].reverse() : all;
      return { items: structuredClone(ordered.slice(offset, offset + limit)), total: all.length };
    },
    addComment(slug, fields) {
      const comment: Comment = { id: `c${data.nextCommentNumber++}`, ...fields };
      data.comments.set(slug, [...(data.comments.get(slug) ?? []), comment]);
      return { ...comment };
    },
    commentExists: (id) => [...data.comments.values()].some((list) => list.some((c) => c.id === id)),
    addReport(commentId, readerId) {
      const key = JSON.stringify([commentId, readerId]);
      if (data.reports.has(key)) return false;
      data.reports.add(key);
      return true;
    },
    subscriber: (email) => data.subscribers.get(email),
    setSubscriber: (email, status) => void data.subscribers.set(email, status),
    addTip: (tip) => void data.tips.push(structuredClone(tip)),
    tips: () => structuredClone(data.tips),
    findIdempotency(scope) {
      const found = data.idempotency.get(scopeKey(scope));
      if (!found || expired(found.createdAt)) return undefined;
      const { createdAt: _createdAt, ...record } = found;
      return structuredClone(record);
    },
    saveIdempotency(record) {
      for (const [key, kept] of data.idempotency) if (expired(kept.createdAt)) data.idempotency.delete(key);
      data.idempotency.set(scopeKey(record), { ...structuredClone(record), createdAt: now() });
    },
    transaction: (work) => work(),
    reset: () => void (data = fresh()),
  };
}

let store: ReaderStore = createMemoryStore();

/** Puts what readers post in `next` (the server's SQLite store); gives back the store it replaces. */
export function setStore(next: ReaderStore): ReaderStore {
  const previous = store;
  store = next;
  return previous;
}

export function resetDb(): void {
  state = freshState();
  store.reset();
}

/** For tests that need content the fixtures lack (large or hostile articles). */
export function putArticle(article: ArticleFixture): void {
  state.articles = [article, ...state.articles.filter((a) => a.slug !== article.slug)];
}

const byNewest = (a: ArticleFixture, b: ArticleFixture) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

function section(id: string) {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`Fixture names unknown section ${id}`);
  return { id: found.id, name: found.name };
}

function byline(id: string) {
  const found = state.authors.find((a) => a.id === id);
  if (!found) throw new Error(`Fixture names unknown author ${id}`);
  return { id: found.id, name: found.name, role: found.role };
}

function toTeaser(article: ArticleFixture): Teaser {
  return {
    slug: article.slug,
    headline: article.headline,
    lead: article.lead,
    section: section(article.section),
    author: byline(article.author),
    publishedAt: article.publishedAt,
    image: article.hero,
  };
}

export const db = {
  sections: () => sections.map((s) => ({ ...s })),
  tag: (id: string) => tags.find((t) => t.id === id),
  section: (id: string) => sections.find((s) => s.id === id),
  author: (id: string) => state.authors.find((a) => a.id === id),

  listTeasers(filter: { section?: string; tag?: string; author?: string; page: number; pageSize: number }): TeaserPage {
    const matching = state.articles
      .filter((a) => !filter.section || a.section === filter.section)
      .filter((a) => !filter.tag || a.tags.includes(filter.tag))
      .filter((a) => !filter.author || a.author === filter.author)
      .sort(byNewest);
    const start = (filter.page - 1) * filter.pageSize;
    return {
      items: matching.slice(start, start + filter.pageSize).map(toTeaser),
      page: filter.page,
      pageSize: filter.pageSize,
      total: matching.length,
      totalPages: Math.ceil(matching.length / filter.pageSize),
    };
  },

  article(slug: string): Article | undefined {
    const article = state.articles.find((a) => a.slug === slug);
    if (!article) return undefined;
    const related = state.articles
      .filter((a) => a.slug !== slug)
      .map((a) => ({ a, shared: a.tags.filter((t) => article.tags.includes(t)).length + (a.section === article.section ? 1 : 0) }))
      .filter(({ shared }) => shared > 0)
      .sort((x, y) => y.shared - x.shared || byNewest(x.a, y.a))
      .slice(0, 3)
      .map(({ a }) => toTeaser(a));
    return {
      ...toTeaser(article),
      updatedAt: article.updatedAt,
      hero: article.hero,
      body: article.body,
      tags: article.tags.map((id) => {
        const tag = tags.find((t) => t.id === id);
        if (!tag) throw new Error(`Fixture names unknown tag ${id}`);
        return tag;
      }),
      related,
      commentsEnabled: article.commentsEnabled,
    };
  },

  statsList: () => state.statsSets.map(({ series: _series, ...summary }) => summary),
  stats: (id: string) => state.statsSets.find((s) => s.id === id),

  comments(slug: string, page: number, pageSize: number, order: 'newest' | 'oldest'): CommentPage {
    const { items, total } = store.publishedComments(slug, order, (page - 1) * pageSize, pageSize);
    return { items, page, pageSize, total, totalPages: Math.ceil(total / pageSize), order };
  },

  addComment(slug: string, author: string, text: string): Comment {
    // Links wait for a moderator; everything else is published at once.
    const needsReview = /https?:\/\//i.test(text);
    return store.addComment(slug, { author, text, postedAt: new Date().toISOString(), state: needsReview ? 'pending' : 'published' });
  },

  commentExists: (id: string) => store.commentExists(id),
  /** false when this reader has reported the comment already; other readers' reports do not count. */
  reportComment: (id: string, readerId: string) => store.addReport(id, readerId),
  /** A sign-up: waits for its confirmation, unless the address is confirmed already. */
  subscribe(email: string): void {
    const address = email.toLowerCase();
    if (store.subscriber(address) !== 'confirmed') store.setSubscriber(address, 'pending');
  },
  subscriber: (email: string) => store.subscriber(email.toLowerCase()),
  setSubscriber: (email: string, status: SubscriberStatus) => store.setSubscriber(email.toLowerCase(), status),
  addTip: (tip: StoredTip) => store.addTip(tip),

  findIdempotency: (scope: IdempotencyScope) => store.findIdempotency(scope),
  saveIdempotency: (record: IdempotencyRecord) => store.saveIdempotency(record),
  /** Several writes as one: all kept, or none. */
  atomically: <T>(work: () => T): T => store.transaction(work),
};
