import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { db } from '../../mocks/db.ts';
import { server } from '../../mocks/node.ts';
import { ErrorState } from '../../src/components/ErrorState';
import { ArticleView } from '../../src/features/articles/components/ArticleView';
import { TeaserList } from '../../src/features/articles/components/TeaserList';
import { articleSchema, teaserPageSchema } from '../../src/features/articles/schema';
import { AuthorProfile } from '../../src/features/authors/components/AuthorProfile';
import { authorSchema } from '../../src/features/authors/schema';
import { CommentItem } from '../../src/features/comments/components/CommentItem';
import { commentPageSchema } from '../../src/features/comments/schema';
import { defaultChartState } from '../../src/features/stats/chartState';
import { StatsFigure } from '../../src/features/stats/components/StatsFigure';
import { statsSetSchema } from '../../src/features/stats/schema';
import { apiRequest } from '../../src/lib/apiClient';
import { isApiError } from '../../src/lib/apiError';
import { strings } from '../../src/lib/strings';
import { formStrings } from '../../src/lib/strings.forms';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

// Generated and mutated payloads go through the app's own client (HTTP, JSON,
// schema) and, when accepted, its own components. Each case must end in a
// rendered view or the client's invalid-data error shown as the error state;
// nothing else may throw, and nothing may log an error.

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
// A fixed seed keeps CI repeatable; FUZZ_SEED=random (or a number) explores further.
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261128);

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Eevil',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍⚖️',
  'x'.repeat(5000),
  '',
  '   ',
  '\u0000',
  '2026-13-45T99:99:99Z',
];

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function setAt(target: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return target;
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...HOSTILE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** The fixture with one to four of its parts deleted or replaced. */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  const all = paths(base);
  return fc
    .array(fc.tuple(fc.constantFrom(...all), replacement), { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce<unknown>((doc, [path, value]) => {
      try {
        return setAt(doc, path, value);
      } catch {
        return doc; // an earlier edit removed the parent
      }
    }, structuredClone(base)));
}

function valueAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc);
}

/** The fixture with leaves swapped for other values of the same type: mostly still valid data, often hostile text. */
function reworded(base: unknown): fc.Arbitrary<unknown> {
  const leaves = paths(base).filter((path) => {
    const value = valueAt(base, path);
    return typeof value === 'string' || typeof value === 'number';
  });
  const sameType = (path: Path) =>
    typeof valueAt(base, path) === 'number' ? fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ noNaN: true })) : fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 200 }));
  return fc
    .array(fc.constantFrom(...leaves).chain((path) => sameType(path).map((value) => [path, value] as const)), { minLength: 1, maxLength: 6 })
    .map((edits) => edits.reduce<unknown>((doc, [path, value]) => setAt(doc, path, value), structuredClone(base)));
}

const payload = (base: unknown) =>
  fc.oneof({ weight: 3, arbitrary: reworded(base) }, { weight: 3, arbitrary: mutated(base) }, { weight: 1, arbitrary: fc.jsonValue() });

function providers(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

/** Serves `body` at `path`, fetches it through the app's client, renders the outcome. */
async function throughTheApp<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  body: unknown,
  view: (data: z.infer<S>) => ReactNode,
) {
  server.use(http.get(`*${path}`, () => HttpResponse.json(body as never)));
  const outcome = await apiRequest(path, schema).then(
    (data) => ({ accepted: true, view: view(data) }),
    (error: unknown) => {
      // Refusing is the client's own verdict on the data; any other exception (a TypeError in our code) fails the case.
      if (!isApiError(error) || error.kind !== 'invalid') throw error;
      return { accepted: false, view: <ErrorState error={error} onRetry={() => {}} /> };
    },
  );
  const { container } = render(providers(outcome.view));
  if (outcome.accepted) expect(container.textContent?.length).toBeGreaterThan(0);
  else expect(screen.getByRole('alert')).toHaveTextContent(strings.errors.invalid);
  cleanup();
  server.resetHandlers();
  tally[outcome.accepted ? 'rendered' : 'refused']++;
}

const tally = { rendered: 0, refused: 0 };

/** Both paths must really be walked: some payloads accepted and drawn, some refused. */
function expectBothOutcomes() {
  expect(tally.rendered).toBeGreaterThan(RUNS * 0.05);
  expect(tally.refused).toBeGreaterThan(RUNS * 0.05);
  tally.rendered = 0;
  tally.refused = 0;
}

const POLICE = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

describe('generated and mutated payloads never break a page', () => {
  it(`articles (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(payload(db.article(POLICE)), (body) =>
        throughTheApp('/api/articles/fuzz', articleSchema, body, (article) => <ArticleView article={article} slots={{ chart: (block) => block.caption }} />),
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expectBothOutcomes();
  }, 120_000);

  it(`article lists (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(payload(db.listTeasers({ page: 1, pageSize: 3 })), (body) =>
        throughTheApp('/api/articles', teaserPageSchema, body, (page) => <TeaserList teasers={page.items} />),
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expectBothOutcomes();
  }, 120_000);

  it(`authors (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(payload(db.author('william-eriksson')), (body) =>
        throughTheApp('/api/authors/fuzz', authorSchema, body, (author) => <AuthorProfile author={author} />),
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expectBothOutcomes();
  }, 120_000);

  it(`statistics (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(payload(db.stats('inkomna-mal-tingsratt')), (body) =>
        throughTheApp('/api/stats/fuzz', statsSetSchema, body, (stats) => (
          <StatsFigure stats={stats} state={{ ...defaultChartState(stats), view: 'tabell' }} onStateChange={() => {}} />
        )),
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expectBothOutcomes();
  }, 120_000);

  it(`comments (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(payload(db.comments(POLICE, 1, 10, 'newest')), (body) =>
        throughTheApp('/api/articles/fuzz/comments', commentPageSchema, body, (page) => (
          // As the comments section shows them: the count, then the comments.
          <>
            <h2>{formStrings.comments.count(page.total)}</h2>
            {page.items.map((comment) => (
              <CommentItem key={comment.id} comment={comment} highlighted={false} />
            ))}
          </>
        )),
      ),
      { numRuns: RUNS, seed: SEED },
    );
    expectBothOutcomes();
  }, 120_000);
});
