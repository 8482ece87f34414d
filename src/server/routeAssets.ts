import type { StaticHandlerContext } from 'react-router';
import type { RouteHandle } from '../app/routeTree';

/** Vite's build manifest (dist/client/.vite/manifest.json), the parts read here. */
export type BuildManifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }>;

/** The app proper, which the tiny entry (src/main.tsx) loads once the page has loaded. */
const APP_MODULE = 'src/app/start.tsx';

/**
 * The stylesheets a rendered page needs beyond those index.html links: the app's
 * shared components' and those of the routes it rendered. They go in the head, so the
 * server's HTML is styled before any script runs. Code is not preloaded: it would
 * share a slow connection with the page's pictures, and it is needed only to hydrate.
 */
export function createRouteAssets(manifest: BuildManifest, base = '/'): (context: StaticHandlerContext) => string[] {
  const stylesOf = (key: string, into: Set<string>, seen = new Set<string>()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const css of chunk.css ?? []) into.add(base + css);
    for (const imported of chunk.imports ?? []) stylesOf(imported, into, seen);
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('The build manifest has no entry');
  if (!manifest[APP_MODULE]) throw new Error(`${APP_MODULE} is not in the build manifest`);
  const linked = new Set<string>();
  stylesOf(entryKey, linked);
  const appStyles = new Set<string>();
  stylesOf(APP_MODULE, appStyles);

  return (context) => {
    const styles = new Set(appStyles);
    for (const match of context.matches) {
      const module = (match.route.handle as RouteHandle | undefined)?.module;
      if (!module) continue;
      if (!manifest[module]) throw new Error(`Route module ${module} is not in the build manifest`);
      stylesOf(module, styles);
    }
    return [...styles].filter((href) => !linked.has(href));
  };
}

export function styleTags(styles: string[]): string {
  return styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`).join('');
}
