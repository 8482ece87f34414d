import snowball from 'snowball-stemmers';

// How the mock API reads Swedish text: words are folded (case and diacritics, so
// `sexkop` meets "sexköp" and `Brå` meets "bra"), stemmed with Snowball's Swedish
// stemmer (which strips inflections: "domstolarna" → "domstol", "sexköps" → "sexköp"),
// and long compounds are also indexed by their parts (below). The same steps run on
// queries, so both sides meet on the same terms.

/** A word: letters and digits, so "JO:s" is "JO" and "s", and "2018" is a word. */
const WORD = /[\p{L}\p{N}]+/gu;

const stemmer = snowball.newStemmer('swedish');

/**
 * Words too common to say anything about an article; dropped on both sides (folded, as they
 * are compared). Snowball's Swedish stop list (the one Lucene's and Elasticsearch's Swedish
 * analyzers use) and a few more that our texts use as often ("ska", "också", "även", "andra").
 */
const STOPWORDS = new Set(
  [
    'och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas',
    'ska sitt också även andra',
  ]
    .join(' ')
    .split(' ')
    .map(fold),
);

/** Lower case without diacritics: "Brå" → "bra", "Sexköp" → "sexkop". */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export type Token = { word: string; start: number; end: number };

/** The words of a text with their places in it (UTF-16 offsets, end exclusive). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Terms by lower-case word: an archive repeats its words, and Snowball is the slow step. */
const terms = new Map<string, string>();
/** Bounded: searches for made-up words cannot grow it without end (about 2 MB when full). */
const REMEMBERED_TERMS = 100_000;

/**
 * A word as it is matched: stemmed, then folded (stemming first, since "begär"
 * folded to "begar" would lose its "ar" as if it were an ending); undefined for a stopword.
 */
export function searchTerm(word: string): string | undefined {
  const lower = word.toLowerCase();
  let term = terms.get(lower);
  if (term === undefined) {
    term = STOPWORDS.has(fold(lower)) ? '' : fold(stemmer.stem(lower));
    if (terms.size >= REMEMBERED_TERMS) terms.clear();
    terms.set(lower, term);
  }
  return term || undefined;
}

/** Parts shorter than this are not split off: "sex" + "köp" is, "ur" + "sprung" is not. */
const MIN_PART = 3;
const MIN_COMPOUND = 8;

/**
 * Splits compounds against a vocabulary of stems (the archive's own words, as
 * Lucene's dictionary decompounder does with a word list): "sexköpsbrott" →
 * ["sexköp", "brott"] when both stand as words somewhere. Snowball's stemmer does
 * not do this, and neither does any npm package for Swedish that we found; what it
 * cannot do is split words whose parts never occur alone in the archive.
 */
export function compoundSplitter(vocabulary: ReadonlySet<string>): (term: string) => string[] {
  const memo = new Map<string, string[]>();
  const split = (term: string): string[] => {
    if (term.length < MIN_COMPOUND) return [];
    const known = memo.get(term);
    if (known) return known;
    let parts: string[] = [];
    // The longest known head first ("jamstalldhets|arbete" before "jam|..."), then the tail recursively.
    for (let cut = term.length - MIN_PART; cut >= MIN_PART && parts.length === 0; cut--) {
      const head = stemmer.stem(term.slice(0, cut));
      const tail = term.slice(cut);
      const tailStem = stemmer.stem(tail);
      if (!vocabulary.has(head)) continue;
      if (vocabulary.has(tailStem)) parts = [head, tailStem, ...split(tail)];
      else {
        const tailParts = split(tail);
        if (tailParts.length) parts = [head, ...tailParts];
      }
    }
    memo.set(term, parts);
    return parts;
  };
  return split;
}
