/**
 * The saved-articles page's strings (/sparat): part of the interface's strings
 * (strings.ts), in a file of their own so that they load with the page, not with
 * every page. The Spara button and the masthead's link keep theirs in strings.ts.
 */
export const savedStrings = {
  pageTitle: 'Sparade artiklar',
  pageIntro:
    'Artiklar du har sparat för att läsa senare. Listan finns bara på den här enheten, i den här webbläsaren: den följer inte med till dina andra enheter och skickas inte till oss.',
  noScript: 'Listan visas när JavaScript är påslaget, eftersom den finns i webbläsaren och inte hos oss.',
  empty: 'Du har inte sparat några artiklar ännu. Tryck på Spara vid en artikel så hamnar den här.',
  savedAt: 'Sparad',
  offline: 'Går att läsa offline',
  notOffline: 'Inte sparad för läsning offline',
  remove: 'Ta bort',
  removeLabel: (headline: string) => `Ta bort: ${headline}`,
} as const;
