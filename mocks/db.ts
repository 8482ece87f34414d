import type { Article, Teaser, TeaserPage } from '../src/features/articles/schema.ts';
import type { Author } from '../src/features/authors/schema.ts';
import type { Comment, CommentPage } from '../src/features/comments/schema.ts';
import type { StatsSet } from '../src/features/stats/schema.ts';
import { articles, sections, tags, type ArticleFixture } from './fixtures/articles.ts';
import { authors } from './fixtures/authors.ts';
import { comments } from './fixtures/comments.ts';
import { statsSets } from './fixtures/stats.ts';

/**
 * The one in-memory fixture database behind every mock mode (dev worker, Node
 * tests, preview server). Reads return copies; `resetDb` restores the fixtures.
 */
type State = {
  articles: ArticleFixture[];
  authors: Author[];
  statsSets: StatsSet[];
  comments: Map<string, Comment[]>;
  reports: Set<string>;
  subscribers: Set<string>;
  /** Idempotency-Key → the response body first given for it. */
  idempotent: Map<string, unknown>;
  nextCommentId: number;
};

function freshState(): State {
  return {
    articles: structuredClone(articles),
    authors: structuredClone(authors),
    statsSets: structuredClone(statsSets),
    comments: new Map(Object.entries(structuredClone(comments))),
    reports: new Set(),
    subscribers: new Set(['redan@example.se']),
    idempotent: new Map(),
    nextCommentId: 100,
  };
}

let state = freshState();

export function resetDb(): void {
  state = freshState();
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
    const all = (state.comments.get(slug) ?? []).filter((c) => c.state === 'published');
    const ordered = order === 'newest' ? [...all].reverse() : all;
    const start = (page - 1) * pageSize;
    return {
      items: ordered.slice(start, start + pageSize),
      page,
      pageSize,
      total: all.length,
      totalPages: Math.ceil(all.length / pageSize),
      order,
    };
  },

  addComment(slug: string, author: string, text: string): Comment {
    // Links wait for a moderator; everything else is published at once.
    const needsReview = /https?:\/\//i.test(text);
    const comment: Comment = {
      id: `c${state.nextCommentId++}`,
      author,
      text,
      postedAt: new Date().toISOString(),
      state: needsReview ? 'pending' : 'published',
    };
    state.comments.set(slug, [...(state.comments.get(slug) ?? []), comment]);
    return comment;
  },

  commentExists: (id: string) => [...state.comments.values()].some((list) => list.some((c) => c.id === id)),
  reportComment(id: string): boolean {
    if (state.reports.has(id)) return false;
    state.reports.add(id);
    return true;
  },

  subscribe(email: string): boolean {
    const key = email.toLowerCase();
    if (state.subscribers.has(key)) return false;
    state.subscribers.add(key);
    return true;
  },

  remembered: (key: string) => state.idempotent.get(key),
  remember: (key: string, body: unknown) => void state.idempotent.set(key, body),
};
