import type { StaticHandlerContext } from 'react-router';
import type { RouteHandle } from '../app/routeTree';

/** Vite's build manifest (dist/client/.vite/manifest.json), the parts read here. */
export type BuildManifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>;

export type PageAssets = { styles: string[]; scripts: string[] };

/**
 * The styles and code of the routes a page rendered, beyond what index.html loads
 * already: styles must be in the head (the server's HTML is styled before any script
 * runs), and code preloaded so hydration does not wait for a second round trip.
 */
export function createRouteAssets(manifest: BuildManifest, base = '/'): (context: StaticHandlerContext) => PageAssets {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('The build manifest has no entry');
  const loaded = new Set<string>();
  const collect = (key: string, into: PageAssets) => {
    const chunk = manifest[key];
    if (!chunk || loaded.has(chunk.file) || into.scripts.includes(base + chunk.file)) return;
    into.scripts.push(base + chunk.file);
    for (const css of chunk.css ?? []) if (!into.styles.includes(base + css)) into.styles.push(base + css);
    for (const imported of chunk.imports ?? []) collect(imported, into);
  };
  // What the entry loads is in index.html already.
  const entryAssets: PageAssets = { styles: [], scripts: [] };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry) ?? '';
  collect(entryKey, entryAssets);
  for (const file of entryAssets.scripts) loaded.add(file.slice(base.length));
  const entryStyles = new Set(entryAssets.styles);

  return (context) => {
    const assets: PageAssets = { styles: [], scripts: [] };
    for (const match of context.matches) {
      const module = (match.route.handle as RouteHandle | undefined)?.module;
      if (!module) continue;
      if (!manifest[module]) throw new Error(`Route module ${module} is not in the build manifest`);
      collect(module, assets);
    }
    return { styles: assets.styles.filter((href) => !entryStyles.has(href)), scripts: assets.scripts };
  };
}

export function assetTags({ styles, scripts }: PageAssets): string {
  return [
    ...styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
    ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
  ].join('');
}
