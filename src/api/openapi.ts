import { z } from 'zod/mini';
import { articleSchema, sectionListSchema, tagSchema, teaserPageSchema, teaserSchema } from '../features/articles/schema';
import { authorSchema } from '../features/authors/schema';
import { commentPageSchema, commentReportSchema, commentSchema, newCommentSchema } from '../features/comments/schema';
import { newsletterLinkRequestSchema, newsletterLinkSchema, newsletterTokenSchema, subscriptionStateSchema } from '../features/newsletter/linkSchema';
import { subscriptionRequestSchema, subscriptionSchema } from '../features/newsletter/schema';
import { searchPageSchema, searchRequestSchema, suggestionListSchema, suggestRequestSchema } from '../features/search/schema';
import { statsListSchema, statsSetSchema } from '../features/stats/schema';
import { MAX_TIP_RECIPIENTS, tipReceiptSchema, tipRequestSchema } from '../features/tips/schema';
import { apiErrorBodySchema } from '../lib/apiErrorBody';
import { imageSchema } from '../lib/imageSchema';
import { NEWSROOM_OPERATIONS, NEWSROOM_SCHEMAS, SESSION_COOKIE, STAFF_SESSION_SCHEME } from './newsroomPaths';

// The API contract as an OpenAPI 3.1 document, generated from the zod schemas the
// client validates with (zod's own z.toJSONSchema, whose draft 2020-12 output is
// OpenAPI 3.1's schema dialect). Committed as src/api/openapi.json and served at
// /api/openapi.json; `npm run api:openapi` writes it again after a schema changes.

type Schema = z.ZodMiniType;

/** The OpenAPI document itself, as far as a caller relies on it. */
const openApiDocumentSchema = z.looseObject({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/)),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.looseObject({})),
});

/** Named schemas, written once under components.schemas and referred to by name. */
const SCHEMAS = {
  Image: imageSchema,
  Teaser: teaserSchema,
  TeaserPage: teaserPageSchema,
  Article: articleSchema,
  SectionList: sectionListSchema,
  Tag: tagSchema,
  Author: authorSchema,
  StatsList: statsListSchema,
  StatsSet: statsSetSchema,
  Comment: commentSchema,
  CommentPage: commentPageSchema,
  NewComment: newCommentSchema,
  CommentReport: commentReportSchema,
  SubscriptionRequest: subscriptionRequestSchema,
  Subscription: subscriptionSchema,
  NewsletterLinkRequest: newsletterLinkRequestSchema,
  NewsletterLink: newsletterLinkSchema,
  SubscriptionState: subscriptionStateSchema,
  TipRequest: tipRequestSchema,
  TipReceipt: tipReceiptSchema,
  SearchPage: searchPageSchema,
  SuggestionList: suggestionListSchema,
  Error: apiErrorBodySchema,
  OpenApiDocument: openApiDocumentSchema,
  ...NEWSROOM_SCHEMAS,
} satisfies Record<string, Schema>;

type SchemaName = keyof typeof SCHEMAS;

// What the server takes in a path and a query. The client builds these from strings, so
// they have no zod schema of their own; each is the field it names, or the server's rule.
const articleSlug = articleSchema.shape.slug;
/** A page past the last one is a 404 (any past 10 000 too, src/server/api/respond.ts). */
const page = z._default(teaserPageSchema.shape.page, 1);
/** The server's cap on a page (src/server/api/respond.ts). */
const pageSize = (byDefault: number) => z._default(z.int().check(z.minimum(1), z.maximum(50)), byDefault);

/** The server's cap on a key (src/server/api/respond.ts). */
const idempotencyKey = z.string().check(z.minLength(1), z.maxLength(255));
/** Seconds, as the client reads it (src/lib/apiClient.ts). */
const retryAfter = z.int().check(z.nonnegative());

type Parameter = { schema: Schema; description: string; required?: boolean };

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 503;

export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** An OpenAPI path template: `/api/articles/{slug}`. */
  path: `/api/${string}`;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  pathParams?: Record<string, Parameter>;
  query?: Record<string, Parameter>;
  headers?: Record<string, Parameter>;
  body?: SchemaName;
  /** A body that is a form with a file (the photo upload), not JSON. */
  bodyType?: 'multipart/form-data';
  /** No schema: an answer without a body (204). */
  answer: { status: 200 | 201 | 202 | 204; schema?: SchemaName; description: string };
  /** Staff operations: the session cookie (the `staffSession` scheme). */
  security?: typeof STAFF_SESSION_SCHEME;
  /** A mutation that does not take an Idempotency-Key (the staff API's). */
  idempotencyKey?: false;
  /** When this operation answers with an error of its own, beside those every path or every mutation has. */
  errors?: Partial<Record<ErrorStatus, string>>;
};

/** Every path of the API. Adding one is adding an entry. */
const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/articles',
    operationId: 'listArticles',
    tag: 'Articles',
    summary: 'List articles, newest first',
    description: 'All articles, or one section’s, topic’s or writer’s, a page at a time.',
    query: {
      section: { schema: articleSchema.shape.section.shape.id, description: 'Only this section’s articles.' },
      tag: { schema: tagSchema.shape.id, description: 'Only articles on this topic.' },
      author: { schema: articleSchema.shape.author.shape.id, description: 'Only this writer’s articles.' },
      page: { schema: page, description: 'The page, from 1.' },
      pageSize: { schema: pageSize(10), description: 'Articles on a page.' },
    },
    answer: { status: 200, schema: 'TeaserPage', description: 'A page of teasers.' },
    errors: {
      404: 'No such section, topic or writer, or a page after the last.',
      422: 'page or pageSize is not a whole number in range; fieldErrors names which.',
    },
  },
  {
    method: 'get',
    path: '/api/articles/{slug}',
    operationId: 'getArticle',
    tag: 'Articles',
    summary: 'One article',
    pathParams: { slug: { schema: articleSlug, description: 'The article’s slug.' } },
    answer: { status: 200, schema: 'Article', description: 'The article with its typed body.' },
    errors: { 404: 'No article has this slug.' },
  },
  {
    method: 'get',
    path: '/api/sections',
    operationId: 'listSections',
    tag: 'Articles',
    summary: 'The sections',
    answer: { status: 200, schema: 'SectionList', description: 'Every section, in the order the menu shows them.' },
  },
  {
    method: 'get',
    path: '/api/tags/{id}',
    operationId: 'getTag',
    tag: 'Articles',
    summary: 'One topic',
    pathParams: { id: { schema: tagSchema.shape.id, description: 'The topic’s id.' } },
    answer: { status: 200, schema: 'Tag', description: 'The topic’s name.' },
    errors: { 404: 'No topic has this id.' },
  },
  {
    method: 'get',
    path: '/api/authors/{id}',
    operationId: 'getAuthor',
    tag: 'Authors',
    summary: 'One writer',
    pathParams: { id: { schema: authorSchema.shape.id, description: 'The writer’s id.' } },
    answer: { status: 200, schema: 'Author', description: 'The writer’s name, role and bio.' },
    errors: { 404: 'No writer has this id.' },
  },
  {
    method: 'get',
    path: '/api/stats',
    operationId: 'listStats',
    tag: 'Statistics',
    summary: 'The statistics sets',
    answer: { status: 200, schema: 'StatsList', description: 'Every set, without its series.' },
  },
  {
    method: 'get',
    path: '/api/stats/{id}',
    operationId: 'getStats',
    tag: 'Statistics',
    summary: 'One statistics set',
    pathParams: { id: { schema: statsSetSchema.shape.id, description: 'The set’s id.' } },
    answer: { status: 200, schema: 'StatsSet', description: 'The set with its series.' },
    errors: { 404: 'No set has this id.' },
  },
  {
    method: 'get',
    path: '/api/articles/{slug}/comments',
    operationId: 'listComments',
    tag: 'Comments',
    summary: 'An article’s comments',
    pathParams: { slug: { schema: articleSlug, description: 'The article’s slug.' } },
    query: {
      page: { schema: page, description: 'The page, from 1.' },
      pageSize: { schema: pageSize(20), description: 'Comments on a page.' },
      order: { schema: z._default(commentPageSchema.shape.order, 'newest'), description: 'Newest or oldest first.' },
    },
    answer: { status: 200, schema: 'CommentPage', description: 'A page of comments.' },
    errors: {
      404: 'No article has this slug.',
      422: 'page, pageSize or order is out of range; fieldErrors names which.',
    },
  },
  {
    method: 'post',
    path: '/api/articles/{slug}/comments',
    operationId: 'postComment',
    tag: 'Comments',
    summary: 'Post a comment',
    description: 'A comment is published at once or waits for a moderator (`state: pending`).',
    pathParams: { slug: { schema: articleSlug, description: 'The article’s slug.' } },
    body: 'NewComment',
    answer: { status: 201, schema: 'Comment', description: 'The comment as stored.' },
    errors: { 403: 'Comments on this article are closed, or the request came from another site’s page.', 404: 'No article has this slug.' },
  },
  {
    method: 'post',
    path: '/api/comments/{id}/reports',
    operationId: 'reportComment',
    tag: 'Comments',
    summary: 'Report a comment to the moderators',
    description: 'Counted once per reader (an anonymous id cookie). No body.',
    pathParams: { id: { schema: commentSchema.shape.id, description: 'The comment’s id.' } },
    answer: { status: 201, schema: 'CommentReport', description: 'The report is recorded.' },
    errors: { 404: 'No comment has this id.', 409: 'This reader has reported the comment already.' },
  },
  {
    method: 'post',
    path: '/api/newsletter/subscriptions',
    operationId: 'subscribe',
    tag: 'Newsletter',
    summary: 'Sign up for the newsletter',
    description:
      'Double opt-in: a confirmation e-mail with a link (valid 48 hours) goes to the address, unless it is confirmed already or one went there in the last 10 minutes. The answer is the same for every address, so it tells no one who subscribes.',
    body: 'SubscriptionRequest',
    answer: { status: 202, schema: 'Subscription', description: 'Received: the owner of the address confirms from the e-mail.' },
  },
  {
    method: 'get',
    path: '/api/newsletter/link',
    operationId: 'readNewsletterLink',
    tag: 'Newsletter',
    summary: 'What a link from a newsletter e-mail is for',
    description: 'Read by the confirm and leave pages; it changes nothing (mail scanners open links).',
    query: { token: { schema: newsletterTokenSchema, description: 'The signed token from the e-mail’s link.' } },
    answer: { status: 200, schema: 'NewsletterLink', description: 'The link’s purpose, its address and where the address stands.' },
    errors: { 404: 'The token is not one of ours (tampered, or its address was deleted).', 410: 'The confirmation link has expired.' },
  },
  {
    method: 'post',
    path: '/api/newsletter/confirmations',
    operationId: 'confirmSubscription',
    tag: 'Newsletter',
    summary: 'Confirm a sign-up',
    body: 'NewsletterLinkRequest',
    answer: { status: 200, schema: 'SubscriptionState', description: 'The address is confirmed (again, if it was).' },
    errors: { 404: 'The token is not one of ours.', 410: 'The link has expired, or the address left after it was sent: sign up again.' },
  },
  {
    method: 'post',
    path: '/api/newsletter/unsubscriptions',
    operationId: 'unsubscribe',
    tag: 'Newsletter',
    summary: 'Leave the newsletter',
    description: 'One step, with the token of any issue’s link. Mail providers’ one-click (RFC 8058) posts to the page `/nyhetsbrev/avsluta?token=…` instead, which does this.',
    body: 'NewsletterLinkRequest',
    answer: { status: 200, schema: 'SubscriptionState', description: 'The address gets no more issues.' },
    errors: { 404: 'The token is not one of ours.' },
  },
  {
    method: 'post',
    path: '/api/articles/{slug}/tips',
    operationId: 'sendTip',
    tag: 'Tips',
    summary: 'Send an article to friends by e-mail',
    pathParams: { slug: { schema: articleSlug, description: 'The article’s slug.' } },
    body: 'TipRequest',
    answer: { status: 202, schema: 'TipReceipt', description: 'The e-mails are on their way; `sent` counts the distinct recipients.' },
    errors: { 404: 'No article has this slug.' },
  },
  {
    method: 'get',
    path: '/api/search',
    operationId: 'search',
    tag: 'Search',
    summary: 'Full-text search',
    description:
      'Articles matching the words of `q` (Swedish as typed: case and diacritics folded, the last word as a prefix, one typo forgiven in longer words), each with a snippet and the offsets of the matched words in it ([start, end) in UTF-16 code units).',
    query: {
      q: { schema: searchRequestSchema.shape.q, description: 'What to search for, 1–200 characters.' },
      section: { schema: searchRequestSchema.shape.section, description: 'Only this section’s articles.' },
      year: { schema: searchRequestSchema.shape.year, description: 'Only articles published this year.' },
      sort: { schema: searchRequestSchema.shape.sort, description: 'relevance (the default) or newest first.' },
      page: { schema: page, description: 'The page, from 1.' },
      pageSize: { schema: pageSize(10), description: 'Hits on a page.' },
    },
    answer: { status: 200, schema: 'SearchPage', description: 'A page of hits; with none, `suggestion` may name the closest spelling that has hits.' },
    errors: {
      404: 'A page after the last.',
      422: 'q is missing or too long, or section, year, sort, page or pageSize is not valid; fieldErrors names which.',
    },
  },
  {
    method: 'get',
    path: '/api/search/suggest',
    operationId: 'suggestHeadlines',
    tag: 'Search',
    summary: 'Headline suggestions while typing',
    query: { q: { schema: suggestRequestSchema.shape.q, description: 'What has been typed so far, 1–200 characters.' } },
    answer: { status: 200, schema: 'SuggestionList', description: 'At most 8 matching headlines with their slugs.' },
    errors: { 422: 'q is missing or too long.' },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getContract',
    tag: 'Contract',
    summary: 'This document',
    answer: { status: 200, schema: 'OpenApiDocument', description: 'The API contract as OpenAPI 3.1.' },
  },
  ...NEWSROOM_OPERATIONS,
];

/** What every path may answer, beside its own cases. */
const EVERY_PATH: Partial<Record<ErrorStatus, string>> = {
  400: 'The path holds a malformed `%` sequence.',
  500: 'An unexpected error; the answer is generic and never carries a stack trace.',
  503: 'The API is briefly unavailable; `Retry-After` says in how many seconds to try again.',
};

/** What every mutation may answer: the guards in front of it. */
const EVERY_MUTATION: Partial<Record<ErrorStatus, string>> = {
  400: 'The body is not valid JSON, the Idempotency-Key is not 1–255 characters, or the path holds a malformed `%` sequence.',
  403: 'The request came from another site’s page (its `Origin` is not the app’s).',
  413: 'The body is over 16 KB; the rest is not read.',
  415: 'The body is not `application/json` (so a cross-site form cannot post).',
  422: 'The body does not fit the schema (`fieldErrors` names each field), or the Idempotency-Key was used before with another body.',
  429: 'Too many requests from this address; `Retry-After` says in how many seconds to try again.',
};

/** What a mutation without an Idempotency-Key (the staff API's) may answer: the same guards, no key, no rate limit of its own. */
const EVERY_KEYLESS_MUTATION: Partial<Record<ErrorStatus, string>> = {
  400: 'The body is not valid JSON, or the path holds a malformed `%` sequence.',
  403: EVERY_MUTATION[403],
  413: EVERY_MUTATION[413],
  415: EVERY_MUTATION[415],
  422: 'The body does not fit the schema; `fieldErrors` names each field.',
};

/** Statuses whose answer says when to try again. */
const RETRY_AFTER: ErrorStatus[] = [429, 503];

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A schema as JSON Schema 2020-12, read as the input it validates: an answer is what the
 * client parses and a body what the server parses (so extra fields, which zod drops, pass).
 */
function jsonSchema(schema: Schema): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return rest;
}

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id?: string; maxItems?: number }>();
  for (const [id, schema] of Object.entries(SCHEMAS)) registry.add(schema, { id });
  // A custom check has no JSON Schema of its own: what it checks, said in JSON Schema's words.
  registry.add(tipRequestSchema.shape.recipients, { maxItems: MAX_TIP_RECIPIENTS });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    metadata: registry,
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each comes out as a document of its own; under components it is a plain schema.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}

const json = (schema: object) => ({ 'application/json': { schema } });

function errorAnswer(status: ErrorStatus, description: string) {
  return {
    description,
    ...(RETRY_AFTER.includes(status)
      ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', required: true, schema: jsonSchema(retryAfter) } } }
      : {}),
    content: json(ref('Error')),
  };
}

function parameters(where: 'path' | 'query' | 'header', params: Record<string, Parameter> = {}) {
  return Object.entries(params).map(([name, { schema, description, required }]) => ({
    name,
    in: where,
    description,
    required: where === 'path' || required === true,
    schema: jsonSchema(schema),
  }));
}

function operation(op: Operation) {
  const mutation = op.method !== 'get';
  const idempotent = mutation && op.idempotencyKey !== false;
  const errors = { ...EVERY_PATH, ...(mutation ? (idempotent ? EVERY_MUTATION : EVERY_KEYLESS_MUTATION) : {}), ...op.errors };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.security ? { security: [{ [op.security]: [] }] } : {}),
    parameters: [
      ...parameters('path', op.pathParams),
      ...parameters('query', op.query),
      ...parameters('header', op.headers),
      ...(idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ],
    ...(op.body ? { requestBody: { required: true, content: { [op.bodyType ?? 'application/json']: { schema: ref(op.body) } } } } : {}),
    responses: {
      [op.answer.status]: {
        description: idempotent ? `${op.answer.description} A repeated Idempotency-Key gets this first answer again.` : op.answer.description,
        ...(op.answer.schema ? { content: json(ref(op.answer.schema)) } : {}),
      },
      ...Object.fromEntries(
        Object.entries(errors)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([status, description]) => [status, errorAnswer(Number(status) as ErrorStatus, description)]),
      ),
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.1',
    info: {
      title: 'Rättsläget API',
      version: '1.0.0',
      description: [
        'The content API behind the Rättsläget reader: articles, writers, statistics, comments, the newsletter and tips. JSON over HTTP.',
        'Every error has the shape `{ error: { code, message, fieldErrors? } }` (`fieldErrors` on 422).',
        'Mutations send an `Idempotency-Key`: the same key with the same body gets the first answer again instead of acting twice.',
        'The newsroom’s staff API under `/api/newsroom/` needs a staff session (the `staffSession` cookie scheme; sign in with `POST /api/newsroom/session`) and takes no Idempotency-Key; each role gets what it may, else 403.',
      ].join('\n\n'),
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: [...new Set(OPERATIONS.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        [STAFF_SESSION_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'The newsroom’s session: set by `POST /api/newsroom/session` (HttpOnly, SameSite=Strict), ended by `DELETE` on it, after 12 hours idle or 7 days, or when the account is disabled.',
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'One key per submission, reused when it is retried: a repeat gets the first answer. Kept a day, per method, path and key.',
          schema: jsonSchema(idempotencyKey),
        },
      },
    },
  };
}
