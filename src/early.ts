// Runs on its own, before the app's code has downloaded (a separate entry with no
// imports, so it stays a few hundred bytes). It applies the reader's colour theme to
// the prerendered shell (same key and values as lib/theme.ts). On an article deep
// link it starts the article's API request, which the API client then picks up
// (lib/earlyRequest.ts), preloads the article page's code, and preloads the hero
// picture as soon as the article's data is in, so that none of these waits for React.

/** The same sizes the article page's hero <img> has (components/Figure.tsx). */
export const HERO_SIZES = '(min-width: 48rem) 46rem, 100vw';
/** Where the build lists the article page's code for this script (written by vite.config.ts). */
const ROUTE_ASSETS_META = 'article-route-assets';
const ARTICLE_PATH = /^\/artikel\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

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
    imagesrcset: sources.map((s) => `${String(s.url)} ${String(s.width)}w`).join(', '),
    imagesizes: HERO_SIZES,
    fetchpriority: 'high',
  });
}

export function startEarlyArticleLoad(win: EarlyWindow, apiBase: string): void {
  const slug = ARTICLE_PATH.exec(win.location.pathname)?.[1];
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
