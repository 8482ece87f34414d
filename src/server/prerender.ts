import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { paths } from '../lib/paths';
import { readConfig } from './config';
import { discoveryPaths, loadSiteIndex, sitemapEntries } from './discovery';
import { createServerApp } from './setup';

// `npm run prerender`: the static export. Every page the sitemap lists, rendered by the
// same server code, is written into dist/client as <path>/index.html, with the sitemaps,
// feeds and robots.txt beside them, so a static host serves the same HTML and previews.
// Addresses not written fall back to shell.html, which the browser renders itself.

const config = readConfig({ ...process.env, LOG_REQUESTS: '0' }, import.meta.dirname);
if (!config.publicOrigin) console.warn('PUBLIC_ORIGIN is not set: canonical and preview URLs will say http://localhost');
const origin = config.publicOrigin ?? 'http://localhost';
const { app, close } = await createServerApp(config, { origin: () => origin });

async function fetchOrFail(pathname: string, expected = 200): Promise<string> {
  const response = await app.fetch(new Request(new URL(pathname, origin)));
  if (response.status !== expected) throw new Error(`${pathname} answered ${response.status}, expected ${expected}`);
  return response.text();
}

async function write(file: string, body: string): Promise<void> {
  const target = path.join(config.clientDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, body);
}

const index = await loadSiteIndex();
const pages = sitemapEntries(index).map((entry) => entry.path);
for (const page of pages) {
  await write(page === paths.home ? 'index.html' : path.join(page, 'index.html'), await fetchOrFail(page));
}
// The page for any address the export does not have (most static hosts serve 404.html).
await write('404.html', await fetchOrFail('/sidan-finns-inte', 404));
const files = [discoveryPaths.robots, discoveryPaths.sitemap, discoveryPaths.newsSitemap, paths.feed(), ...index.sections.map((s) => paths.feed(s.id))];
for (const file of files) await write(file, await fetchOrFail(file));

console.log(`Wrote ${pages.length} pages, 404.html and ${files.length} discovery files to ${config.clientDir}`);
await close();
