import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// PostgreSQL's own full-text search over the published articles (src/server/search/postgresSearch.ts);
// SQLite searches with the embedded index and needs nothing here.
//
// - article_search: one row per published article, with a weighted tsvector (A headline,
//   B lead, topics and writer, C section, D body: the embedded engine's boosts 4, 2, 1.5 and 1
//   as ts_rank weights), the texts snippets are cut from, and what hits are filtered and sorted by.
// - search_words: the words (as indexed) of the published articles, with a trigram index,
//   for forgiving typos, "did you mean" and words that a query's word is part of.
//
// Triggers keep both in step with articles, their topics and the names of sections, topics
// and writers, in the writer's own transaction (at its commit, once per article): every writer
// (the seed, `npm run content -- import`, a newsroom) is covered, and a search sees a change
// once it is committed.
//
// Words are stemmed first and folded after (as our JS analyser does: "begär" folded to "begar"
// would lose its "ar" as if it were an ending), so not with a text search configuration
// (PostgreSQL's chain can fold before a stemmer, not after it): `swedish` stems, then unaccent
// folds the vector's lexemes.

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);

  // A body block's text, as src/server/search/documents.ts reads it; pictures and charts have none.
  await sql`
    create function search_block_text(block jsonb) returns text language sql immutable as $$
      select case block->>'type'
        when 'paragraph' then (select string_agg(node->>'text', '' order by n) from jsonb_array_elements(block->'content') with ordinality as t(node, n))
        when 'subheading' then block->>'text'
        when 'quote' then concat_ws(' – ', nullif(block->>'text', ''), nullif(block->>'speaker', ''), nullif(block->>'role', ''))
        when 'factBox' then concat_ws(' ', block->>'title', (select string_agg(item, ' ' order by n) from jsonb_array_elements_text(block->'items') with ordinality as t(item, n)))
        else ''
      end
    $$`.execute(db);

  // Stemmed, then folded. The few letters unaccent turns into a quote or a backslash (ʼ, ’, ＼ …)
  // would break the vector's text form, so they are read as spaces first.
  await sql`
    create function search_vector(body text, weight "char") returns tsvector language sql stable as $$
      select setweight(unaccent(to_tsvector('swedish', translate(coalesce(body, ''), 'ŉʹʻʼʽˈ‘’‛′∖﹨＇＼', '               '))::text)::tsvector, weight)
    $$`.execute(db);

  await sql`
    create table article_search (
      article_id integer primary key references articles (id) on delete cascade,
      slug text not null,
      section_id text not null,
      published_at text not null,
      headline text not null,
      texts text[] not null,
      document tsvector not null
    )`.execute(db);
  await sql`create index article_search_document on article_search using gin (document)`.execute(db);
  await sql`create unique index article_search_by_slug on article_search (slug)`.execute(db);
  await sql`create table search_words (word text primary key)`.execute(db);
  await sql`create index search_words_trigrams on search_words using gin (word gin_trgm_ops)`.execute(db);

  // The search rows of these articles as they are now: written when published, removed when not.
  // Words are only added: one left by an article since unpublished matches nothing, and a suggestion is checked for hits.
  await sql`
    create function search_refresh(ids integer[]) returns void language sql volatile as $$
      delete from article_search s using articles a where a.id = s.article_id and a.id = any(ids) and a.status <> 'published';
      insert into article_search (article_id, slug, section_id, published_at, headline, texts, document)
      select a.id, a.slug, a.section_id, coalesce(a.published_at, a.created_at), a.headline, array[a.lead] || coalesce(body.texts, '{}'),
        search_vector(a.headline, 'A')
          || search_vector(concat_ws(E'\n', a.lead, topics.names, au.name), 'B')
          || search_vector(s.name, 'C')
          || search_vector(array_to_string(body.texts, E'\n'), 'D')
      from articles a
      join sections s on s.id = a.section_id
      join authors au on au.id = a.author_id
      cross join lateral (
        select array_agg(t.text order by b.n) as texts
        from jsonb_array_elements(a.body::jsonb) with ordinality as b(block, n)
        cross join lateral (select search_block_text(b.block) as text) t
        where t.text <> ''
      ) body
      cross join lateral (
        select string_agg(tg.name, E'\n' order by at.position) as names from article_tags at join tags tg on tg.id = at.tag_id where at.article_id = a.id
      ) topics
      where a.id = any(ids) and a.status = 'published'
      on conflict (article_id) do update set slug = excluded.slug, section_id = excluded.section_id, published_at = excluded.published_at,
        headline = excluded.headline, texts = excluded.texts, document = excluded.document;
      insert into search_words (word)
      select distinct w.lexeme from article_search s cross join lateral unnest(s.document) w
      where s.article_id = any(ids) and w.lexeme !~ '^[0-9]+$'
      on conflict do nothing;
    $$`.execute(db);

  // A write marks its articles; they are refreshed once, at commit (a deferred trigger), however many
  // statements touched them: an import of 10 000 articles computes each vector once, in one statement.
  await sql`create table search_pending (article_id integer primary key)`.execute(db);
  await sql`
    create function search_flush() returns trigger language plpgsql as $$
      declare
        ids integer[];
      begin
        -- The first firing at commit takes every pending article; the others find theirs gone.
        if exists (select 1 from search_pending where article_id = new.article_id) then
          with taken as (delete from search_pending returning article_id) select array_agg(article_id) into ids from taken;
          perform search_refresh(ids);
        end if;
        return null;
      end
    $$`.execute(db);
  await sql`create constraint trigger search_pending_flush after insert on search_pending deferrable initially deferred for each row execute function search_flush()`.execute(db);

  // Statement triggers with transition tables: one insert per statement, however many rows it wrote.
  await sql`
    create function search_mark_articles() returns trigger language plpgsql as $$
      begin
        insert into search_pending (article_id) select id from changed on conflict do nothing;
        return null;
      end
    $$`.execute(db);
  await sql`create trigger articles_search_insert after insert on articles referencing new table as changed for each statement execute function search_mark_articles()`.execute(db);
  await sql`create trigger articles_search_update after update on articles referencing new table as changed for each statement execute function search_mark_articles()`.execute(db);
  await sql`
    create function search_mark_topics() returns trigger language plpgsql as $$
      begin
        insert into search_pending (article_id) select distinct article_id from changed where article_id in (select id from articles) on conflict do nothing;
        return null;
      end
    $$`.execute(db);
  await sql`create trigger article_tags_search_insert after insert on article_tags referencing new table as changed for each statement execute function search_mark_topics()`.execute(db);
  await sql`create trigger article_tags_search_delete after delete on article_tags referencing old table as changed for each statement execute function search_mark_topics()`.execute(db);

  // A renamed section, topic or writer: their articles are found by the new name.
  await sql`
    create function search_mark_names() returns trigger language plpgsql as $$
      begin
        insert into search_pending (article_id)
        select a.id from articles a
        where (tg_table_name = 'sections' and a.section_id in (select id from changed))
           or (tg_table_name = 'authors' and a.author_id in (select id from changed))
           or (tg_table_name = 'tags' and a.id in (select article_id from article_tags where tag_id in (select id from changed)))
        on conflict do nothing;
        return null;
      end
    $$`.execute(db);
  for (const table of ['sections', 'authors', 'tags']) {
    await sql`create trigger ${sql.id(`${table}_search_rename`)} after update on ${sql.table(table)} referencing new table as changed for each statement execute function search_mark_names()`.execute(db);
  }

  // Articles already there (a store that existed before this migration).
  await sql`select search_refresh(array(select id from articles))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const [table, trigger] of [
    ['articles', 'articles_search_insert'],
    ['articles', 'articles_search_update'],
    ['article_tags', 'article_tags_search_insert'],
    ['article_tags', 'article_tags_search_delete'],
    ['sections', 'sections_search_rename'],
    ['authors', 'authors_search_rename'],
    ['tags', 'tags_search_rename'],
  ] as const) {
    await sql`drop trigger if exists ${sql.id(trigger)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop trigger if exists search_pending_flush on search_pending`.execute(db);
  await sql`drop function if exists search_mark_articles, search_mark_topics, search_mark_names, search_flush, search_refresh, search_vector, search_block_text`.execute(db);
  await sql`drop table if exists search_pending, search_words, article_search`.execute(db);
}
