import { useEffect, useSyncExternalStore } from 'react';

// Chromium ships no Swedish hyphenation dictionary, so long compounds get soft
// hyphens from TeX's Swedish patterns (the `hyphen` package) when they are rendered.
// The patterns are about 16 KB gzip: the server always has them; the browser hydrates from
// the words the server hyphenated for the page (a JSON block) and fetches the patterns
// once the app has started (src/app/start.tsx: the reader means to move), for the pages it
// renders itself, or when a page it renders meets a word the server did not hyphenate.

export const SOFT_HYPHEN = '\u00AD';
/** The id of the page's JSON block with the words the server hyphenated. */
export const HYPHENATION_ID = 'hyphenation';
const MIN_LETTERS = 8;

/** A word of letters only, with the punctuation around it (not digits, slashes or @) kept aside. */
const WORD = /^([^\p{L}\p{N}/@]*)(\p{L}[\p{L}\p{M}]*)([^\p{L}\p{N}/@]*)$/u;
const SOFT_HYPHENS = /\u00AD/g;

type WordHyphenator = (word: string) => string;

let patterns: WordHyphenator | null = null;
let loading: Promise<WordHyphenator> | null = null;
const listeners = new Set<() => void>();
/** In the browser: the words the server hyphenated for this page, by their plain spelling. */
let serverWords: Map<string, string> | null = null;
/** On the server while a page renders: every long word hyphenated for it. */
let record: Map<string, string> | null = null;

/**
 * `text` with soft hyphens in its long words. Only words of at least eight letters
 * and nothing else are touched: URLs, e-mail addresses, numbers, words with digits,
 * and words already holding a hyphen or soft hyphen are left as they are.
 */
export function hyphenateText(text: string, hyphenateWord: WordHyphenator): string {
  return text.replace(/\S+/g, (token) => {
    const parts = WORD.exec(token);
    const [, before = '', word = '', after = ''] = parts ?? [];
    if ([...word].length < MIN_LETTERS) return token;
    return before + hyphenateWord(word) + after;
  });
}

/** Words already hyphenated are looked up, not worked out again (the server renders the same articles all day). */
const REMEMBERED_WORDS = 50_000;

function remembered(hyphenate: WordHyphenator): WordHyphenator {
  const known = new Map<string, string>();
  return (word) => {
    let hyphenated = known.get(word);
    if (hyphenated === undefined) {
      hyphenated = hyphenate(word);
      // Bounded: a flood of made-up words cannot grow it without end.
      if (known.size >= REMEMBERED_WORDS) known.clear();
      known.set(word, hyphenated);
    }
    return hyphenated;
  };
}

/** Loads the Swedish patterns once; without them (offline before they were ever fetched) words stay whole. */
export function loadHyphenation(): Promise<WordHyphenator> {
  loading ??= import('hyphen/sv')
    .then(
      (module): WordHyphenator => remembered((word) => module.default.hyphenateSync(word)),
      (): WordHyphenator => (word) => word,
    )
    .then((loaded) => {
      patterns = loaded;
      for (const listener of listeners) listener();
      return loaded;
    });
  return loading;
}

/** Server: renders a page and returns, with it, the hyphenated form of every long word it holds. */
export function recordHyphenation<T>(render: () => T): [T, string[]] {
  record = new Map();
  try {
    return [render(), [...record.values()]];
  } finally {
    record = null;
  }
}

function fromServer(): Map<string, string> {
  if (!serverWords) {
    const block = typeof document === 'undefined' ? null : document.getElementById(HYPHENATION_ID);
    const words = block?.textContent ? (JSON.parse(block.textContent) as string[]) : [];
    serverWords = new Map(words.map((word) => [word.replace(SOFT_HYPHENS, ''), word]));
  }
  return serverWords;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `texts` with soft hyphens in their long words, the same on the server and in the browser.
 * The server renders with the patterns (and records the words); the browser hydrates
 * with the server's words, which give the same text, and takes the patterns only for text
 * they do not cover (a page it renders itself), which shows its new words whole until then.
 */
export function useHyphenated(texts: readonly string[]): string[] {
  // In the browser, one pass with the server's words, which also tells whether they covered it all.
  const words = typeof document === 'undefined' ? null : fromServer();
  let covered = words !== null;
  const fromWords = words
    ? texts.map((text) =>
        hyphenateText(text, (word) => {
          const hyphenated = words.get(word);
          if (hyphenated !== undefined) return hyphenated;
          covered = false;
          return word;
        }),
      )
    : [...texts];
  // Covered text never needs the patterns, so it is not rendered again when they arrive.
  const loaded = useSyncExternalStore(
    subscribe,
    () => (covered ? null : patterns),
    () => (typeof document === 'undefined' ? patterns : null),
  );
  useEffect(() => {
    if (!covered && !loaded) void loadHyphenation();
  }, [covered, loaded]);
  if (!loaded) return fromWords;
  const log = record;
  const hyphenate: WordHyphenator = log
    ? (word) => {
        const hyphenated = loaded(word);
        log.set(word, hyphenated);
        return hyphenated;
      }
    : loaded;
  return texts.map((text) => hyphenateText(text, hyphenate));
}
