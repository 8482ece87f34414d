// The app's own addresses, written once: the route tree's patterns, the paths that
// links, canonical tags and structured data point at, and what a slug looks like.

/** An article's, section's, topic's or writer's id in an address: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The route tree's path patterns, relative to the root route. */
export const routePatterns = {
  article: 'artikel/:slug',
  author: 'skribent/:id',
  section: 'sektion/:section',
  tag: 'amne/:tag',
  statsList: 'statistik',
  stats: 'statistik/:id',
  newsletter: 'nyhetsbrev',
  newsletterConfirm: 'nyhetsbrev/bekrafta',
  newsletterLeave: 'nyhetsbrev/avsluta',
  saved: 'sparat',
  search: 'sok',
} as const;

/** The pattern's address with its parameter filled in as it is (ids are slugs, or ids the API gave). */
function fill(pattern: string, value: string): string {
  return `/${pattern.replace(/:[a-z]+$/, () => value)}`;
}

export const paths = {
  home: '/',
  article: (slug: string) => fill(routePatterns.article, slug),
  author: (id: string) => fill(routePatterns.author, id),
  section: (id: string) => fill(routePatterns.section, id),
  tag: (id: string) => fill(routePatterns.tag, id),
  /** One statistics set, or without an id the list of them. */
  stats: (id?: string) => (id === undefined ? `/${routePatterns.statsList}` : fill(routePatterns.stats, id)),
  newsletter: `/${routePatterns.newsletter}`,
  /** Where a sign-up is confirmed (the e-mail's link, with its token): a button that posts. */
  newsletterConfirm: `/${routePatterns.newsletterConfirm}`,
  /** Where a subscriber leaves (every issue's link and its List-Unsubscribe header, with a token): a button that posts. */
  newsletterLeave: `/${routePatterns.newsletterLeave}`,
  /** The reader's saved articles, kept on their device. */
  saved: `/${routePatterns.saved}`,
  /** The search page; its query and filters are in the query string (features/search/searchParams.ts). */
  search: `/${routePatterns.search}`,
  /** Where the no-script settings forms post (theme, text size); the server sets the cookie and sends the reader back. */
  settings: '/installningar',
  /** The RSS feed of the latest articles, or of one section's. */
  feed: (section?: string) => (section === undefined ? '/rss.xml' : `${fill(routePatterns.section, section)}/rss.xml`),
};
