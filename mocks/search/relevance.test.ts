import { expect, it } from 'vitest';
import { articleDocuments } from './articleDocuments.ts';
import { RELEVANCE_QUERIES, rankQueries, relevanceTable } from './relevance.ts';
import { createSearchIndex } from '../../src/server/search/searchIndex.ts';

it(`finds the expected article in the top 3 for at least 18 of our ${RELEVANCE_QUERIES.length} queries`, () => {
  expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(20);
  const ranked = rankQueries(createSearchIndex(articleDocuments()));
  console.log(relevanceTable(ranked));
  const inTop3 = ranked.filter((r) => r.rank !== undefined && r.rank <= 3);
  expect(inTop3.length).toBeGreaterThanOrEqual(18);
});
