import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const MOCK_PUBLIC = path.resolve(import.meta.dirname, 'mocks/public');
const ICONS = path.resolve(import.meta.dirname, 'src/app/icons');

/** Headers the preview server sends; the README gives the same set for a production host. */
export function securityHeaders(apiOrigin: string): Record<string, string> {
  const connect = ["'self'", apiOrigin].filter(Boolean).join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `img-src 'self' data: ${apiOrigin}`.trim(),
      `connect-src ${connect}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

const MEDIA_TYPES: Record<string, string> = { '.webp': 'image/webp', '.avif': 'image/avif', '.png': 'image/png' };

/** Serves the fixture photos the mock API's articles point at. */
function mockMedia(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!url.startsWith('/media/')) return next();
    const file = path.join(MOCK_PUBLIC, path.normalize(decodeURIComponent(url.split('?')[0] ?? '')));
    const type = MEDIA_TYPES[path.extname(file)];
    if (!file.startsWith(MOCK_PUBLIC + path.sep) || !type) return next();
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
        res.end(body);
      },
      () => next(),
    );
  };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Hashed build files never change under their name: cached for a year (the README asks the same of a host). */
function immutableAssets(): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (!req.url?.startsWith('/assets/')) return next();
    // The static file server sets no-cache in its writeHead call; this overrides it there.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
    res.writeHead = ((...args: unknown[]) => {
      const headers = args.find((arg): arg is Record<string, unknown> => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
      if (headers) headers['Cache-Control'] = IMMUTABLE;
      res.setHeader('Cache-Control', IMMUTABLE);
      return writeHead(...args);
    }) as typeof res.writeHead;
    next();
  };
}

/**
 * `npm start` / `npm run preview`: the production build, with the mock API and
 * fixture photos answered by the same handlers the tests use, under a strict CSP.
 */
function mockApiForPreview(): Plugin {
  return {
    name: 'mock-api-preview',
    apply: 'serve',
    async configurePreviewServer(server) {
      const { mockApiMiddleware } = await import('./mocks/httpAdapter.ts');
      const headers = securityHeaders(process.env.VITE_API_BASE_URL ?? '');
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
      server.middlewares.use(immutableAssets());
      if (process.env.VITE_API_BASE_URL) return;
      server.middlewares.use(mockApiMiddleware());
      server.middlewares.use(mockMedia());
    },
  };
}

/** robots.txt for the built site (there is no public/ folder: mocks own the dev one). */
function robotsTxt(): Plugin {
  return {
    name: 'robots-txt',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: 'User-agent: *\nAllow: /\n' });
    },
  };
}

/**
 * src/early.ts, a separate entry with no imports, is loaded by index.html before
 * the app. It is told which files the article page's code is (the route chunk and
 * what it imports beyond the entry's own), so it can preload them on an article link.
 */
function earlyArticleLoad(): Plugin {
  let base = '/';
  return {
    name: 'early-article-load',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const early = chunks.find((chunk) => chunk.isEntry && chunk.name === 'early');
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
        const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/routes/article/ArticleRoute.tsx'));
        if (!early || !entry || !route) throw new Error('early-article-load: entry, early or article route chunk not found');
        if (early.imports.length) throw new Error('src/early.ts must not import anything: it would wait for shared code');
        const loaded = new Set([entry.fileName, ...entry.imports]);
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = byFile.get(file);
          if (!chunk || loaded.has(file) || files.has(file)) return;
          files.add(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
          chunk.imports.forEach(visit);
        };
        visit(route.fileName);
        return [
          // The list comes first: the script may run as soon as it has arrived.
          { tag: 'meta', attrs: { name: 'article-route-assets', content: [...files].map((file) => base + file).join(' ') }, injectTo: 'head-prepend' },
          { tag: 'script', attrs: { type: 'module', crossorigin: true, async: true, src: base + early.fileName }, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

/** index.html with the loading shell already in #root (src/app/prerenderShell.tsx), rendered by React on the server. */
function prerenderedShell(): Plugin {
  return {
    name: 'prerendered-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { createServer } = await import('vite');
        const vite = await createServer({
          root: import.meta.dirname,
          configFile: false,
          mode: 'production',
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { renderShell } = (await vite.ssrLoadModule('/src/app/prerenderShell.tsx')) as { renderShell: () => string };
          const root = '<div id="root"></div>';
          if (!html.includes(root)) throw new Error('prerendered-shell: index.html has no empty #root');
          return html.replace(root, `<div id="root">${renderShell()}</div>`);
        } finally {
          await vite.close();
        }
      },
    },
  };
}

/** The home-screen icons, at fixed addresses the web app manifest can name. */
function appIcons(): Plugin {
  return {
    name: 'app-icons',
    apply: 'build',
    async generateBundle() {
      for (const name of ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png']) {
        this.emitFile({ type: 'asset', fileName: `icons/${name}`, source: await readFile(path.join(ICONS, name)) });
      }
    },
  };
}

/**
 * The app's service worker (src/sw.ts) and web app manifest, built with Workbox.
 * Registered by main.tsx in production builds only; dev has MSW's worker instead.
 */
function offlineReading(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // The chart library is fetched (and then kept) only by readers who reach a chart.
      globIgnores: ['**/TrendChart-*.js', 'icons/icon-512.png', 'icons/icon-maskable-512.png'],
    },
    manifest: {
      name: 'Rättsläget',
      short_name: 'Rättsläget',
      description: 'Nyheter om brott, domstolar och lagar.',
      lang: 'sv',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fdfcfa',
      theme_color: '#9b1c1c',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    includeManifestIcons: false,
  });
}

export default defineConfig(({ command, isPreview }) => ({
  plugins: [react(), mockApiForPreview(), robotsTxt(), prerenderedShell(), earlyArticleLoad(), appIcons(), offlineReading()],
  // The MSW worker and fixture photos are served in dev only, never copied into dist/.
  publicDir: command === 'serve' && !isPreview ? 'mocks/public' : false,
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    manifest: true,
    rolldownOptions: {
      input: { index: path.resolve(import.meta.dirname, 'index.html'), early: path.resolve(import.meta.dirname, 'src/early.ts') },
      output: {
        // Two long-lived initial chunks instead of a dozen small ones: the libraries
        // every page needs, and the app shell. Route components and Recharts stay lazy.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack|zod)[\\/]/, priority: 2 },
            {
              name: 'shell',
              test: /src[\\/](lib[\\/]|components[\\/]|app[\\/](loaders|routeTree|router|RootLayout|RouteError|NotFoundPage)\.tsx?$|features[\\/][^\\/]+[\\/](api|schema)\.ts$)/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
}));
