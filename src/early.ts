// Runs on its own, before the app's code has downloaded (a separate entry with no
// imports, so it stays a few hundred bytes). It applies the reader's colour theme to
// the prerendered shell (same key and values as lib/theme.ts). On an article deep
// link it starts the article's API request, which the API client then picks up
// (lib/earlyRequest.ts), preloads the article page's code, and preloads the hero
// picture as soon as the article's data is in, so that none of these waits for React.

// Copies of what the app writes once, since this script imports nothing; src/lib/paths.test.ts
// and src/components/ResponsiveImage.test.tsx check that they agree with the originals.
/** An article's address before its slug (lib/paths.ts, paths.article). */
export const ARTICLE_PATH_PREFIX = '/artikel/';
/** What a slug looks like (lib/paths.ts). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The sizes the article page's hero <img> has (components/ResponsiveImage.tsx, the column layout). */
export const HERO_SIZES = '(min-width: 48rem) 46rem, 100vw';

/** The hero <img>'s srcset (components/ResponsiveImage.tsx), from sources already checked to have a url and a width. */
export function heroSrcset(sources: { url?: unknown; width?: unknown }[]): string {
  return sources.map((s) => `${String(s.url)} ${String(s.width)}w`).join(', ');
}

/** Where the build lists the article page's code for this script (written by vite.config.ts). */
const ROUTE_ASSETS_META = 'article-route-assets';

type EarlyWindow = Window & { __earlyRequests?: Map<string, { response: Promise<Response>; controller: AbortController }> };

function addLink(attributes: Record<string, string>): void {
  const link = document.createElement('link');
  for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
  document.head.append(link);
}

function preloadHero(article: unknown): void {
  const hero = (article as { hero?: { sources?: { url?: unknown; width?: unknown }[] } } | null)?.hero;
  const sources = (hero?.sources ?? []).filter((s) => typeof s.url === 'string' && Number.isInteger(s.width));
  if (sources.length === 0) return;
  addLink({
    rel: 'preload',
    as: 'image',
    imagesrcset: heroSrcset(sources),
    imagesizes: HERO_SIZES,
    fetchpriority: 'high',
  });
}

/** The slug in an article's address (a trailing slash allowed), else undefined. */
export function articleSlug(pathname: string): string | undefined {
  if (!pathname.startsWith(ARTICLE_PATH_PREFIX)) return undefined;
  const slug = pathname.slice(ARTICLE_PATH_PREFIX.length).replace(/\/$/, '');
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

export function startEarlyArticleLoad(win: EarlyWindow, apiBase: string): void {
  const slug = articleSlug(win.location.pathname);
  if (!slug) return;
  const url = new URL(`/api/articles/${slug}`, apiBase || win.location.origin).href;
  // The app aborts it if it gives up waiting, so a hung request never holds the address.
  const controller = new AbortController();
  const response = fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
  win.__earlyRequests = new Map([[url, { response, controller }]]);
  const assets = document.querySelector<HTMLMetaElement>(`meta[name="${ROUTE_ASSETS_META}"]`)?.content.split(' ') ?? [];
  for (const href of assets.filter(Boolean)) {
    // Styles only fetched: the app applies them, and waits for them, when the page's code loads.
    addLink(href.endsWith('.css') ? { rel: 'preload', as: 'style', href, crossorigin: '' } : { rel: 'modulepreload', href, crossorigin: '' });
  }
  response
    .then((answer) => (answer.ok ? answer.clone().json() : null))
    .then(preloadHero)
    .catch(() => {});
}

/** The theme the reader picked (lib/theme.ts), before the prerendered shell is first painted. */
function applyStoredTheme(): void {
  try {
    const stored = localStorage.getItem('theme');
    if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
  } catch {
    // Storage may be forbidden; the app falls back to the system theme as well.
  }
}

applyStoredTheme();
startEarlyArticleLoad(window, import.meta.env.VITE_API_BASE_URL ?? '');
