import { z } from 'zod/mini';
import { teaserSchema } from '../articles/schema';
import { SLUG_PATTERN } from '../../lib/paths';
import { MAX_QUERY_LENGTH, MAX_SUGGESTIONS } from './limits';

// The search part of the API contract: full-text search with snippets, and headline
// suggestions for the search field.


const SEARCH_SORTS = ['relevance', 'newest'] as const;

const query = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_QUERY_LENGTH));

/** `GET /api/search` query parameters (page and pageSize as for every list). */
export const searchRequestSchema = z.object({
  q: query,
  section: z.optional(z.string().check(z.regex(SLUG_PATTERN))),
  year: z.optional(z.string().check(z.regex(/^\d{4}$/))),
  sort: z.optional(z.enum(SEARCH_SORTS)),
});

/** `GET /api/search/suggest` query parameters. */
export const suggestRequestSchema = z.object({ q: query });

/** Where the query's words are in a snippet: [start, end) offsets in UTF-16 code units, in order. */
const matchSchema = z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]);

const snippetSchema = z
  .object({ text: z.string(), matches: z.array(matchSchema) })
  .check(
    z.refine(({ text, matches }) => matches.every(([start, end], i) => start < end && end <= text.length && start >= (matches[i - 1]?.[1] ?? 0)), {
      message: 'matches must be ordered, non-overlapping ranges inside the text',
    }),
  );

export const searchPageSchema = z.object({
  items: z.array(z.object({ article: teaserSchema, snippet: snippetSchema })),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
  totalPages: z.int().check(z.nonnegative()),
  /** With no hits: the closest spelling of the query that has some. */
  suggestion: z.optional(z.string()),
});

export const suggestionListSchema = z.object({
  items: z.array(z.object({ slug: z.string().check(z.regex(SLUG_PATTERN)), headline: z.string() })).check(z.maxLength(MAX_SUGGESTIONS)),
});

export type SearchSort = (typeof SEARCH_SORTS)[number];
export type Snippet = z.infer<typeof snippetSchema>;
export type SearchHit = z.infer<typeof searchPageSchema>['items'][number];
