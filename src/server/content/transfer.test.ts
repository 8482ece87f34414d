import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { contentReads } from '../store/content';
import { exportArticles, importArticles } from './transfer';

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

// `npm run content -- export` and `import`, on both databases: NDJSON out of one store and
// into another, every line checked first, all of it or nothing.
describe.each(DIALECTS)('articles in and out of the store on %s', (_name, postgres) => {
  let source: TestStore;
  let file: string;
  const lines = () => readFileSync(file, 'utf8').trim().split('\n');
  const count = async (store: TestStore) => (await contentReads(store.database.db).teasers({}, 0, 50)).total;

  beforeAll(async () => {
    source = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    file = path.join(source.dir, 'articles.ndjson');
  });
  afterAll(() => source.close());

  it('exports every article as one line in the API’s shape with its status and dates', async () => {
    expect(await exportArticles(source.database, file)).toBe(13);
    const first = JSON.parse(lines().find((line) => line.includes(`"slug":"${SLUG}"`)) ?? '{}');
    expect(first).toMatchObject({
      slug: SLUG,
      status: 'published',
      section: { id: 'brott', name: 'Brott och straff' },
      author: { id: 'william-eriksson', name: 'William Eriksson' },
      publishedAt: '2026-11-27T06:30:00.000Z',
      updatedAt: '2026-11-27T10:05:00.000Z',
      commentsEnabled: true,
    });
    expect(first.body.length).toBeGreaterThan(5);
  });

  it('imports an export into another store, and again without making copies (idempotent by slug)', async () => {
    const target = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    try {
      // The target has the sections and writers (from its own seed) but not these articles' later edits.
      await target.database.db.deleteFrom('articles').execute();
      expect(await count(target)).toBe(0);
      expect(await importArticles(target.database, file, target.mediaDir)).toBe(13);
      expect(await importArticles(target.database, file, target.mediaDir)).toBe(13);
      expect(await count(target)).toBe(13);
      const article = await contentReads(target.database.db).article(SLUG);
      expect(article?.headline).toBe('Polisens jämställdhetsarbete gav fler anmälda sexköp');
      expect(article?.tags.map((tag) => tag.id)).toEqual(['polisen', 'jamstalldhet', 'sexkop', 'manniskohandel', 'bra']);
    } finally {
      await target.close();
    }
  });

  it('names the first bad line and its field, and imports nothing of the file', async () => {
    const good = lines().slice(0, 2).map((line) => JSON.parse(line) as { slug: string; hero: { alt?: string } });
    const changed = good.map((record) => ({ ...record, slug: `${record.slug}-ny` }));
    const broken = { ...changed[1], slug: 'trasig-rad', hero: { ...good[1]?.hero, alt: undefined } };
    const bad = path.join(source.dir, 'bad.ndjson');
    writeFileSync(bad, [changed[0], changed[1], broken].map((record) => JSON.stringify(record)).join('\n'));
    const before = await count(source);
    await expect(importArticles(source.database, bad, source.mediaDir)).rejects.toThrow(/^rad 3: fältet hero\.alt: /);
    expect(await count(source)).toBe(before);
  });

  it('refuses an article whose section is in neither the store nor the file, naming the line', async () => {
    const record = { ...JSON.parse(lines()[0] ?? '{}'), slug: 'okand-sektion', section: { id: 'finns-inte' } };
    const bad = path.join(source.dir, 'section.ndjson');
    writeFileSync(bad, `\n${JSON.stringify(record)}\n`);
    await expect(importArticles(source.database, bad, source.mediaDir)).rejects.toThrow('rad 2: fältet section.id: okänd sektion "finns-inte"');
  });

  it('refuses a file that gives one slug twice', async () => {
    const bad = path.join(source.dir, 'twice.ndjson');
    writeFileSync(bad, `${lines()[0]}\n${lines()[0]}\n`);
    await expect(importArticles(source.database, bad, source.mediaDir)).rejects.toThrow(/^rad 2: fältet slug: .* finns redan på rad 1$/);
  });
});
