// Prints the JavaScript and CSS each route needs before its content is on screen:
// the entry chunk, the route's lazy chunk and everything they import statically,
// in KB gzip, chunk by chunk. Run: npm run bench:bundle  (add --no-build to reuse dist/)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

export const ROUTES = {
  '/': 'src/app/routes/HomeRoute.tsx',
  '/artikel/:slug': 'src/app/routes/ArticleRoute.tsx',
  '/skribent/:id': 'src/app/routes/AuthorRoute.tsx',
  '/sektion/:section': 'src/app/routes/SectionRoute.tsx',
  '/amne/:tag': 'src/app/routes/TagRoute.tsx',
};

export function buildDist() {
  const env = { ...process.env, NODE_ENV: 'production' };
  delete env.VITE_API_BASE_URL;
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
}

const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/** The chunks a route loads up front: entry + route chunk + their static imports. */
export function routeChunks(manifest, routeSource) {
  const seen = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit('index.html');
  if (routeSource) visit(routeSource);
  return { js: [...seen], css: [...css] };
}

export function measure() {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  return Object.entries(ROUTES).map(([route, source]) => {
    const { js, css } = routeChunks(manifest, source);
    const chunks = js.map((file) => ({ file, kb: gzipKb(file) }));
    return {
      route,
      chunks,
      jsKb: chunks.reduce((sum, c) => sum + c.kb, 0),
      cssKb: css.reduce((sum, file) => sum + gzipKb(file), 0),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) buildDist();
  for (const { route, chunks, jsKb, cssKb } of measure()) {
    console.log(`\n${route}: ${jsKb.toFixed(1)} KB JS, ${cssKb.toFixed(1)} KB CSS (gzip)`);
    for (const { file, kb } of chunks.sort((a, b) => b.kb - a.kb)) console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${file}`);
  }
}
