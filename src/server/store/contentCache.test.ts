import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { openDatabase, type OpenDatabase } from './connect';
import { contentReads } from './content';
import { cachedContentReads, withOnePageOfReads } from './contentCache';
import { createStore, type Store } from './store';

// What readers are shown is read once per change: every change, by any writer on any
// connection (another instance, `npm run content`, a person at psql), is seen by the next read.
describe.each(DIALECTS)('the content cache on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let other: OpenDatabase;
  let slug: string;
  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect);
    // A second connection to the same database: what another instance or a tool would write through.
    other = await openDatabase({ dataDir: test.dir, databaseUrl: test.databaseUrl });
    slug = (await store.content.teasers({}, 0, 1)).items[0]!.slug;
  });
  afterAll(async () => {
    await other.close();
    await test.close();
  });

  it('answers a read again from memory while nothing changes', async () => {
    const first = await store.content.article(slug);
    expect(await store.content.article(slug)).toBe(first);
    expect(await store.content.sections()).toBe(await store.content.sections());
  });

  it('sees a headline changed on another connection at the next read', async () => {
    expect((await store.content.article(slug))?.headline).not.toBe('Ändrad på en annan anslutning');
    await other.db.updateTable('articles').set({ headline: 'Ändrad på en annan anslutning' }).where('slug', '=', slug).execute();
    expect((await store.content.article(slug))?.headline).toBe('Ändrad på en annan anslutning');
    expect((await store.content.teasers({}, 0, 1)).items[0]?.headline).toBe('Ändrad på en annan anslutning');
  });

  it('sees a section renamed, a correction added and an article taken down', async () => {
    const article = (await store.content.article(slug))!;
    await other.db.updateTable('sections').set({ name: 'Nytt sektionsnamn' }).where('id', '=', article.section.id).execute();
    expect((await store.content.sections()).find((section) => section.id === article.section.id)?.name).toBe('Nytt sektionsnamn');

    const { id } = await other.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    await other.db.insertInto('corrections').values({ article_id: id, at: '2026-12-01T10:00:00Z', text: 'En rättelse.' }).execute();
    expect((await store.content.article(slug))?.corrections).toEqual([{ at: '2026-12-01T10:00:00Z', text: 'En rättelse.' }]);

    await other.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', id).execute();
    expect(await store.content.article(slug)).toBeUndefined();
  });

  it('gives a page one picture: its reads share one look at the generation, and a change made meanwhile shows on the next page', async () => {
    const [section] = await store.content.sections();
    const named = async () => (await store.content.sections()).find((each) => each.id === section!.id)?.name;
    const page = await withOnePageOfReads(async () => {
      const before = await named();
      await other.db.updateTable('sections').set({ name: 'Ändrad medan sidan ritas' }).where('id', '=', section!.id).execute();
      return [before, await named()];
    });
    expect(page).toEqual([section!.name, section!.name]);
    expect(await named()).toBe('Ändrad medan sidan ritas');
  });

  it('reads inside a transaction what it wrote, and keeps nothing of it once rolled back', async () => {
    const [section] = await store.content.sections();
    await expect(
      test.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('sections').set({ name: 'Bara i transaktionen' }).where('id', '=', section!.id).execute();
        const inside = createStore(trx, test.database.dialect);
        expect((await inside.content.sections())[0]?.name).toBe('Bara i transaktionen');
        throw new Error('ångrat');
      }),
    ).rejects.toThrow('ångrat');
    expect((await store.content.sections())[0]).toEqual(section);
  });

  it('keeps at most as many reads as it is given room for, the least recently read going first', async () => {
    const small = cachedContentReads(contentReads(test.database.db), test.database.db, 2);
    const slugs = (await small.teasers({}, 0, 3)).items.map((teaser) => teaser.slug);
    const first = await small.article(slugs[0]!);
    await small.article(slugs[1]!);
    await small.article(slugs[2]!);
    const again = await small.article(slugs[0]!);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
