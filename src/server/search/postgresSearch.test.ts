// @vitest-environment node
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RELEVANCE_QUERIES, relevanceTable } from '../../../mocks/search/relevance';
import { CONTENT_DIR, DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import type { ArticleRecord } from '../content/record';
import { readContentPackage } from '../content/contentPackage';
import { importContent } from '../store/seed';
import { createStore } from '../store/store';
import { createPostgresSearch } from './postgresSearch';
import { createSearchService, type SearchEngine } from './searchService';

const SEXKOP = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const APPEALS = 'provningstillstand-i-hovratten';
const SUPREME_COURT = 'hogsta-domstolen-och-prejudikaten';

/** Puts `articles` into the store as `npm run content -- import` does, in one transaction. */
async function importArticles(test: TestStore, articles: ArticleRecord[]): Promise<void> {
  const pkg = await readContentPackage(CONTENT_DIR);
  const only = { ...pkg, sections: [], tags: [], authors: [], stats: [], photos: [], comments: {}, articles };
  await importContent(test.database.db, test.database.dialect, only, path.join(test.dir, 'media'));
}

async function seedArticle(slug = SEXKOP): Promise<ArticleRecord> {
  const found = (await readContentPackage(CONTENT_DIR)).articles.find((article) => article.slug === slug);
  if (!found) throw new Error(`The seed package has no ${slug}`);
  return found;
}

// What a reader can count on whichever database the store is on: the embedded engine's tests, through the service.
describe.each(DIALECTS)('search over %s', (_name, postgres) => {
  let test: TestStore;
  let engine: SearchEngine;
  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    engine = await createSearchService(createStore(test.database.db, test.database.dialect), test.database.db).index();
  });
  afterAll(() => test.close());

  it('reads an unfinished last word as the start of a longer one, in a search as while typing', async () => {
    expect((await engine.search('prövningstill')).slugs[0]).toBe(APPEALS);
    expect((await engine.suggest('prövningstill', 8))[0]?.slug).toBe(APPEALS);
  });

  it('takes a whole word as written in a search, but as the start of longer ones while it is typed', async () => {
    expect((await engine.search('prövning')).slugs).not.toContain(SUPREME_COURT);
    expect((await engine.suggest('prövning', 8)).map((s) => s.slug)).toContain(SUPREME_COURT);
  });

  it('finds nothing for words too common to mean anything, and ignores them beside others', async () => {
    expect((await engine.search('även också mellan')).slugs).toEqual([]);
    expect((await engine.search('även prövningstillstånd')).slugs[0]).toBe(APPEALS);
  });

  it('offers the spelling the archive has for a query without hits', async () => {
    expect((await engine.search('prostitusiom')).slugs).toEqual([]);
    expect(await engine.didYouMean('prostitusiom')).toBe('prostitution');
    expect(await engine.didYouMean('prostitution')).toBeUndefined();
  });
});

describe('PostgreSQL full-text search', () => {
  let test: TestStore;
  let engine: SearchEngine;
  const slugs = async (query: string, filter = {}) => (await engine.search(query, filter)).slugs;

  beforeAll(async () => {
    test = await openTestStore(inject('postgresUrl'));
    engine = createPostgresSearch(test.database.db);
  });
  afterAll(() => test.close());

  it(`finds the expected article in the top 3 for all ${RELEVANCE_QUERIES.length} queries of the relevance table`, async () => {
    const ranked = [];
    for (const { query, expected } of RELEVANCE_QUERIES) {
      const at = (await slugs(query)).indexOf(expected);
      ranked.push({ query, expected, rank: at === -1 ? undefined : at + 1 });
    }
    console.log(relevanceTable(ranked));
    expect(ranked.filter((r) => r.rank === undefined || r.rank > 3)).toEqual([]);
  });

  it('folds case and diacritics: "sexkop" finds "sexköp", and its compound "sexköpsbrott" by its part', async () => {
    expect(await slugs('SEXKOP')).toEqual([SEXKOP]);
    const found = await engine.search('sexkop');
    const snippet = (await found.snippets([SEXKOP])).get(SEXKOP);
    const marked = snippet?.matches.map(([start, end]) => snippet.text.slice(start, end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['sexköp', 'sexköpsbrott']));
  });

  it('finds a compound by its parts when both are words of the archive: "sexköp" and "polis" find "sexköpspolisen"', async () => {
    const record: ArticleRecord = { ...(await seedArticle(APPEALS)), slug: 'sexkopspolisen-i-norrland', headline: 'Sexköpspolisen i Norrland' };
    expect(await slugs('norrland')).toEqual([]);
    await importArticles(test, [record]);
    try {
      expect(await slugs('norrland')).toEqual([record.slug]);
      expect(await slugs('sexköp')).toEqual(expect.arrayContaining([SEXKOP, record.slug]));
      expect(await slugs('polis norrland')).toEqual([record.slug]);
    } finally {
      await test.database.db.deleteFrom('articles').where('slug', '=', record.slug).execute();
    }
  });

  it('stems: "domstolarna" and "domstolen" find the same articles', async () => {
    const plural = await slugs('domstolarna');
    expect(plural.length).toBeGreaterThan(1);
    expect(new Set(await slugs('domstolen'))).toEqual(new Set(plural));
  });

  it('forgives one typo in a word of six letters or more, not two, and none in a shorter word', async () => {
    expect(await slugs('prostitusion')).toEqual([SEXKOP]);
    expect(await slugs('prostitusiom')).toEqual([]);
    expect(await slugs('polis')).toContain(SEXKOP);
    expect(await slugs('polus')).toEqual([]);
  });

  it('filters by section and year, and sorts by newest or by relevance', async () => {
    const all = await slugs('domstol');
    const inCourts = await slugs('domstol', { section: 'domstol' });
    expect(inCourts.length).toBeGreaterThan(0);
    expect(inCourts.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(inCourts));
    expect(await slugs('domstol', { year: 2025 })).toEqual([]);
    expect(new Set(await slugs('domstol', { year: 2026 }))).toEqual(new Set(all));

    // The newest first: the seed's dates are one a day.
    const dates = new Map((await readContentPackage(CONTENT_DIR)).articles.map((a) => [a.slug, Date.parse(a.publishedAt ?? '')]));
    const newest = await slugs('domstol', { sort: 'newest' });
    expect(new Set(newest)).toEqual(new Set(all));
    const times = newest.map((slug) => dates.get(slug) ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // By relevance the article about the Supreme Court, "domstol" in its headline, comes before older mentions.
    expect(all.indexOf(SUPREME_COURT)).toBeLessThan(newest.indexOf(SUPREME_COURT));
  });

  it('ranks only the newest hits of a word most of the archive has, and gives the older ones newest first', async () => {
    const all = await slugs('domstol');
    const newestFirst = await slugs('domstol', { sort: 'newest' });
    expect(all.length).toBeGreaterThan(4);
    const capped = await createPostgresSearch(test.database.db, { ranked: 3 }).search('domstol');
    // The three newest hits, by rank; then the rest by date.
    expect(new Set(capped.slugs.slice(0, 3))).toEqual(new Set(newestFirst.slice(0, 3)));
    expect(capped.slugs.slice(3)).toEqual(newestFirst.slice(3));
    expect(capped.slugs.slice(0, 3)).toEqual(all.filter((slug) => newestFirst.slice(0, 3).includes(slug)));
  });

  it('gives each hit a snippet whose matches are ordered, non-overlapping ranges of the query’s words in its text', async () => {
    const found = await engine.search('högsta domstolen prejudikat');
    expect(found.slugs[0]).toBe(SUPREME_COURT);
    const snippets = await found.snippets(found.slugs);
    expect([...snippets.keys()].sort()).toEqual([...found.slugs].sort());
    for (const { text, matches } of snippets.values()) {
      expect(matches.length).toBeGreaterThan(0);
      matches.forEach(([start, end], i) => {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(text.length);
        expect(start).toBeGreaterThanOrEqual(matches[i - 1]?.[1] ?? 0);
        expect(text.slice(start, end)).toMatch(/^(högst|domstol|prejudikat)/i);
      });
    }
  });

  it('suggests headlines while the reader types, the last word as the start of longer ones', async () => {
    expect(await engine.suggest('jämställd', 8)).toEqual([{ slug: SEXKOP, headline: 'Polisens jämställdhetsarbete gav fler anmälda sexköp' }]);
    expect((await engine.suggest('hovr', 8)).map((s) => s.slug)).toContain(APPEALS);
    expect(await engine.suggest('och', 8)).toEqual([]);
    expect((await engine.suggest('d', 1)).length).toBeLessThanOrEqual(1);
  });

  it('offers the closest spelling with hits, as the archive writes it, only for a query that has none', async () => {
    expect(await engine.didYouMean('högsta domstolem prejudikatt')).toBe('högsta domstolen prejudikaten');
    expect(await engine.didYouMean('domstolen')).toBeUndefined();
    // A spelling with hits elsewhere, but none in this section, is no help.
    expect(await engine.didYouMean('prostitusiom', { section: 'domstol' })).toBeUndefined();
  });

  it('finds an article on the next search once it is imported, and no longer once it is unpublished or deleted', async () => {
    const template = await seedArticle();
    const record: ArticleRecord = { ...template, slug: 'fyrverkerier-och-ordningslagen', headline: 'Fyrverkerier och ordningslagen', publishedAt: '2019-12-31T09:00:00+01:00' };
    expect(await slugs('fyrverkerier')).toEqual([]);
    await importArticles(test, [record]);
    expect(await slugs('fyrverkerier')).toEqual([record.slug]);
    expect(await slugs('fyrverkerier', { year: 2019 })).toEqual([record.slug]);
    expect(await slugs('sexköp', { year: 2019 })).toEqual([record.slug]);

    // A new version: found by its new words, not its old ones.
    await importArticles(test, [{ ...record, headline: 'Smällare och ordningslagen' }]);
    expect(await slugs('fyrverkerier')).toEqual([]);
    expect(await slugs('smällare')).toEqual([record.slug]);

    await importArticles(test, [{ ...record, status: 'unpublished' }]);
    expect(await slugs('smällare')).toEqual([]);
    expect(await engine.suggest('smällare', 8)).toEqual([]);
    await importArticles(test, [{ ...record, status: 'published', headline: 'Smällare och ordningslagen' }]);
    expect(await slugs('smällare')).toEqual([record.slug]);
    await test.database.db.deleteFrom('articles').where('slug', '=', record.slug).execute();
    expect(await slugs('smällare')).toEqual([]);
  });

  it('finds an article by a topic given to it, by the new name of a topic or section, and no longer by a topic taken from it', async () => {
    expect(await slugs('ordningsvakter')).toEqual([]);
    await test.database.db.insertInto('tags').values({ id: 'ordningsvakter', name: 'Ordningsvakter' }).execute();
    // The topic alone, as a newsroom might tag an article without touching it.
    const { id } = await test.database.db.selectFrom('articles').select('id').where('slug', '=', APPEALS).executeTakeFirstOrThrow();
    await test.database.db.insertInto('article_tags').values({ article_id: id, tag_id: 'ordningsvakter', position: 9 }).execute();
    expect(await slugs('ordningsvakter')).toEqual([APPEALS]);
    await test.database.db.updateTable('tags').set({ name: 'Väktare' }).where('id', '=', 'ordningsvakter').execute();
    expect(await slugs('ordningsvakter')).toEqual([]);
    expect(await slugs('väktare')).toEqual([APPEALS]);
    await test.database.db.deleteFrom('article_tags').where('tag_id', '=', 'ordningsvakter').execute();
    expect(await slugs('väktare')).toEqual([]);

    await test.database.db.updateTable('sections').set({ name: 'Rättskipning' }).where('id', '=', 'domstol').execute();
    try {
      expect(await slugs('rättskipning')).toEqual(expect.arrayContaining([APPEALS, SUPREME_COURT]));
    } finally {
      await test.database.db.updateTable('sections').set({ name: 'Domstolar' }).where('id', '=', 'domstol').execute();
    }
    expect(await slugs('rättskipning')).toEqual([]);
  });
});
