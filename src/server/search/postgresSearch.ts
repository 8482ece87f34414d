import { sql } from 'kysely';
import type { Db } from '../store/database';
import type { SearchEngine, SearchFilter } from './searchService';
import { makeSnippet } from './snippet';
import { fold, searchTerm, tokenize } from './swedish';

// PostgreSQL's own full-text search over the table migration 0002 keeps in step with the
// articles (article_search, search_words): every instance searches the same index, and a
// committed change is found by the next search, with nothing to rebuild. It reads queries as
// the embedded engine does (searchIndex.ts): the same stop list, Snowball's Swedish stemmer
// (PostgreSQL's `swedish_stem`, the same algorithm as ours), folding, one typo forgiven in
// longer words, the last word as the start of longer ones, compounds found by their parts.

/** One typo is forgiven in words this long; shorter words must be spelt right. */
const FUZZY_FROM = 6;
/** The last word is read as the start of longer ones from this length (see searchIndex.ts). */
const PREFIX_FROM = { typing: 3, search: 5 };
/**
 * A word of the archive is looked for inside its compounds ("sexköp" in "sexköpsbrott") from this length,
 * as the embedded engine indexes a compound by its parts when they are words of the archive.
 */
const PART_FROM = 4;
/** A compound's other part must be a word of the archive at least this long ("sex" + "köp"). */
const MIN_PART = 3;
/** At most this many compounds per word, the shortest first; more say little of the query. */
const MAX_COMPOUNDS = 40;
/**
 * At most this many hits are ranked, the newest; older ones follow newest first. Ranking opens each
 * hit's whole vector, and for a word most of the archive has (where a rank says least) that is every one.
 */
const RANKED = 500;
/** ts_rank's weights for D, C, B, A: body 1, section 1.5, lead, topics and writer 2, headline 4 (the embedded engine's boosts). */
const WEIGHTS = '{0.25,0.375,0.5,1}';
/** "Did you mean": how close a word of the archive must be by trigrams to be weighed, and how many edits it may differ by. */
const NEAR = { similarity: 0.2, edits: (term: string) => (term.length >= 4 ? 2 : term.length >= 3 ? 1 : 0) };

/** A query's word as it is looked up: its term, whether the archive has it, and what else it may match. */
type QueryWord = { word: string; term: string; known: boolean; typos: string[]; compounds: string[]; prefix: boolean };

export function createPostgresSearch(db: Db, options: { ranked?: number } = {}): SearchEngine {
  const rankedHits = options.ranked ?? RANKED;

  /**
   * Reads in one transaction that keeps the planner on the indexes: it would rather read every row for
   * a word most articles have (or before a large import is analysed), and a seq scan opens every article's
   * vector, several times slower than the GIN index's answer.
   */
  const read = <T,>(work: (trx: Db) => Promise<T>) =>
    db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      return work(trx);
    });

  /** The query's words (without stopwords), each with its term and the archive's words it matches. */
  async function analyse(trx: Db, query: string, typing: boolean): Promise<QueryWord[]> {
    // Our stop list first (Snowball's, and a few more), so both engines ignore the same words.
    const words = [...new Set(tokenize(query).map((t) => t.word.toLowerCase()))].filter((word) => searchTerm(word) !== undefined);
    if (!words.length) return [];
    const { rows } = await sql<{ word: string; term: string | null; known: boolean; near: string[] | null; compounds: string[] | null }>`
      select q.word, t.term, k.known,
        case when not k.known and length(t.term) >= ${FUZZY_FROM} then (select array_agg(w.word) from search_words w where w.word % t.term) end as near,
        case when k.known and length(t.term) >= ${PART_FROM} then (
          select array_agg(c.word) from (
            select w.word from search_words w
            cross join lateral (select split_part(w.word, t.term, 1) as head, split_part(w.word, t.term, 2) as tail) parts
            where w.word like '%' || t.term || '%' and w.word <> t.term and length(w.word) >= length(t.term) + ${MIN_PART}
              -- what stands before and after the word (a joining s aside) is nothing or a word of the archive
              and (parts.head = '' or exists (select 1 from search_words p where p.word in (parts.head, rtrim(parts.head, 's')) and length(p.word) >= ${MIN_PART}))
              and (parts.tail = '' or exists (select 1 from search_words p where p.word in (parts.tail, ltrim(parts.tail, 's')) and length(p.word) >= ${MIN_PART}))
            order by length(w.word) limit ${MAX_COMPOUNDS}
          ) c
        ) end as compounds
      from unnest(${words}::text[]) with ordinality as q(word, i)
      cross join lateral (select unaccent((ts_lexize('swedish_stem', q.word))[1]) as term) t
      cross join lateral (select exists (select 1 from search_words w where w.word = t.term) as known) k
      where t.term is not null
      order by q.i`.execute(trx);
    return rows.map((row, i): QueryWord => {
      const term = row.term ?? '';
      const last = i === rows.length - 1;
      return {
        word: row.word,
        term,
        known: row.known,
        typos: (row.near ?? []).filter((near) => editDistance(near, term, 1) <= 1),
        compounds: row.compounds ?? [],
        // As in the embedded engine: while typing, always; in a search, only a word the archive lacks ("prövningstill").
        prefix: last && (typing ? term.length >= PREFIX_FROM.typing : term.length >= PREFIX_FROM.search && !row.known),
      };
    });
  }

  /** The hits' slugs, best (or newest) first; with a limit (suggestions), their headlines too. */
  async function find(trx: Db, words: QueryWord[], filter: SearchFilter, limit?: number) {
    const query = tsquery(words);
    const ranked = filter.sort !== 'newest';
    const rank = rankQuery(words);
    // One pass over the hits: their dates, then ranks for the newest few (a vector is opened only where its rank is asked for).
    const { rows } = await sql<{ slug: string; headline: string }>`
      select slug, ${limit !== undefined ? sql`headline` : sql`'' as headline`} from (
        select article_id, slug, headline, published_at, document, row_number() over (order by published_at desc, article_id desc) as age
        from article_search
        where document @@ ${query}::tsquery
          ${filter.section ? sql`and section_id = ${filter.section}` : sql``}
          ${filter.year !== undefined ? sql`and left(published_at, 4) = ${String(filter.year)}` : sql``}
      ) hits
      order by ${ranked ? sql`case when age <= ${rankedHits} then ts_rank(${WEIGHTS}::float4[], document, ${rank}::tsquery) end desc nulls last,` : sql``} published_at desc, article_id desc
      ${limit !== undefined ? sql`limit ${limit}` : sql``}`.execute(trx);
    return rows;
  }

  return {
    async search(query, filter = {}) {
      const { words, rows } = await read(async (trx) => {
        const analysed = await analyse(trx, query, false);
        return { words: analysed, rows: analysed.length ? await find(trx, analysed, filter) : [] };
      });
      return {
        slugs: rows.map((row) => row.slug),
        async snippets(slugs) {
          if (!slugs.length) return new Map();
          const { rows: texts } = await sql<{ slug: string; texts: string[] }>`select slug, texts from article_search where slug = any(${slugs}::text[])`.execute(db);
          const terms = words.flatMap((w) => [w.term, ...w.typos, ...w.compounds]);
          const matched = new Set(terms);
          // A longer word built on a matched one is marked too, as in the embedded engine; so is the word being completed.
          const stems = [...matched].filter((term) => term.length >= PREFIX_FROM.search).concat(words.filter((w) => w.prefix).map((w) => w.term));
          const isMatch = (word: string) => {
            const term = searchTerm(word);
            return term !== undefined && (matched.has(term) || stems.some((stem) => term.startsWith(stem)));
          };
          return new Map(texts.map((row) => [row.slug, makeSnippet(row.texts, terms, isMatch)]));
        },
      };
    },

    async suggest(query, limit) {
      return read(async (trx) => {
        const words = await analyse(trx, query, true);
        return words.length ? (await find(trx, words, {}, limit)).map(({ slug, headline }) => ({ slug, headline })) : [];
      });
    },

    async didYouMean(query, filter = {}) {
      const words = await read((trx) => analyse(trx, query, false));
      // Each word as the archive writes it: its own term's spelling, or its nearest word's (as the embedded engine does).
      const terms = await Promise.all(words.map(async (word) => (word.known ? word.term : await closestWord(word.term))));
      if (!words.length || terms.includes(undefined)) return undefined;
      const suggestion = (await Promise.all(terms.map((term) => spelling(term ?? '')))).join(' ');
      if (fold(suggestion) === fold(query.trim())) return undefined;
      const hits = await read(async (trx) => find(trx, await analyse(trx, suggestion, false), filter, 1));
      return hits.length ? suggestion : undefined;
    },
  };

  /** The archive's word nearest `term` (two edits at most), the most alike by trigrams first. */
  async function closestWord(term: string): Promise<string | undefined> {
    const edits = NEAR.edits(term);
    if (!edits) return undefined;
    const rows = await db.transaction().execute(async (trx) => {
      // The trigram index answers `%` at this threshold; the default (0.3) misses two typos in a short word.
      await sql`select set_config('pg_trgm.similarity_threshold', ${String(NEAR.similarity)}, true)`.execute(trx);
      return (await sql<{ word: string }>`select word from search_words where word % ${term} order by similarity(word, ${term}) desc, word limit 50`.execute(trx)).rows;
    });
    let best: { word: string; distance: number } | undefined;
    for (const { word } of rows) {
      const distance = editDistance(word, term, edits);
      if (distance <= edits && (!best || distance < best.distance)) best = { word, distance };
    }
    return best?.word;
  }

  /** A term as the archive writes it: the first word of an article that has it whose term it is. */
  async function spelling(term: string): Promise<string> {
    const { rows } = await sql<{ headline: string; texts: string[] }>`
      select headline, texts from article_search where document @@ ${lexeme(term)}::tsquery order by published_at limit 1`.execute(db);
    for (const text of [rows[0]?.headline ?? '', ...(rows[0]?.texts ?? [])]) {
      const found = tokenize(text).find((t) => searchTerm(t.word) === term);
      if (found) return found.word.toLowerCase();
    }
    return term;
  }
}

/** A term as a tsquery lexeme, quoted. */
const lexeme = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The tsquery hits must match: every word (as the embedded engine's AND), as itself, a spelling one
 * typo off, or a compound it is part of.
 */
function tsquery(words: QueryWord[]): string {
  return words.map((w) => alternatives(w, [...w.typos, ...w.compounds])).join(' & ');
}

/**
 * The tsquery hits are ranked by: the sum of their words' weights (hits match all of them already),
 * without the compounds, which would cost a rank for each of them and rank an article for a word only
 * as a part of another.
 */
function rankQuery(words: QueryWord[]): string {
  return words.map((w) => alternatives(w, w.typos)).join(' | ');
}

function alternatives(word: QueryWord, others: string[]): string {
  const all = [`${lexeme(word.term)}${word.prefix ? ':*' : ''}`, ...others.map(lexeme)];
  return all.length > 1 ? `(${all.join(' | ')})` : (all[0] ?? '');
}

/** Levenshtein distance, or `max + 1` as soon as it is sure to exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
