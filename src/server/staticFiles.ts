import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';
import { compressOnce, isCompressible, negotiateEncoding, type Encoding } from './compression';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The worker and manifest must be checked for updates on every visit. */
const REVALIDATE = 'no-cache';

type StaticFile = { body: Buffer; type: string; etag: string; cacheControl: string; encoded: Partial<Record<Encoding, Buffer>> };

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * The files of a folder, read and compressed (brotli 11, gzip 9) once at start-up
 * and served from memory: a build is a few hundred kilobytes, and nothing is
 * read from disk per request. Only files that exist are served, so an unknown
 * /assets/… is a 404, never the page.
 */
export async function loadStaticFiles(
  root: string,
  options: { prefix?: string; exclude?: (relative: string) => boolean; cacheControl: (urlPath: string) => string },
): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for await (const file of walk(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (options.exclude?.(relative)) continue;
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!type) continue;
    const body = await readFile(file);
    const urlPath = `${options.prefix ?? ''}/${relative}`;
    const encoded: StaticFile['encoded'] = {};
    if (isCompressible(type) && body.length > 1024) {
      encoded.br = await compressOnce(body, 'br');
      encoded.gzip = await compressOnce(body, 'gzip');
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    files.set(urlPath, { body, type, etag, cacheControl: options.cacheControl(urlPath), encoded });
  }
  return files;
}

export function clientCacheControl(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return IMMUTABLE;
  if (urlPath.startsWith('/icons/')) return 'public, max-age=86400';
  return REVALIDATE;
}

export function serveFile(c: Context, file: StaticFile): Response {
  const headers: Record<string, string> = { 'Content-Type': file.type, 'Cache-Control': file.cacheControl, ETag: file.etag };
  if (Object.keys(file.encoded).length) headers.Vary = 'Accept-Encoding';
  if (c.req.header('If-None-Match') === file.etag) return new Response(null, { status: 304, headers });
  const encoding = negotiateEncoding(c.req.header('Accept-Encoding'));
  const encoded = encoding ? file.encoded[encoding] : undefined;
  if (encoding && encoded) headers['Content-Encoding'] = encoding;
  const body = encoded ?? file.body;
  headers['Content-Length'] = String(body.length);
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

const MEDIA_FILE = /^[a-z0-9][a-z0-9-]*\.(webp|jpg|png)$/;
const MEDIA_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/**
 * A photo variant from DATA_DIR/media, read from disk on each request (new photos come
 * at any time; the CDN keeps them). Names are checked against one pattern, so no path
 * can leave the folder.
 */
export async function serveMedia(c: Context, mediaDir: string, file: string): Promise<Response> {
  const type = MEDIA_FILE.exec(file)?.[1];
  const notFound = () => c.text('Not found', 404, { 'Cache-Control': 'no-store' });
  if (!type) return notFound();
  let body: Buffer;
  try {
    body = await readFile(path.join(mediaDir, file));
  } catch {
    return notFound();
  }
  const headers = { 'Content-Type': MEDIA_TYPES[type] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=86400', 'Content-Length': String(body.length) };
  return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
