import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BuildOptions, Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const ICONS = path.resolve(import.meta.dirname, 'src/app/icons');
const require = createRequire(import.meta.url);

/**
 * shell.html: the built index.html under a name of its own. It is the server's page
 * template and the service worker's offline fallback, and stays the empty shell even
 * where the static export writes the front page into index.html.
 */
function appShell(): Plugin {
  return {
    name: 'app-shell',
    apply: 'build',
    async writeBundle(options, bundle) {
      const index = bundle['index.html'];
      // The service worker's own build (vite-plugin-pwa) has no page.
      if (index?.type !== 'asset' || !options.dir) return;
      await writeFile(path.join(options.dir, 'shell.html'), index.source);
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
      // index.html is the template (or, after a static export, the front page): shell.html is the app.
      // The chart library is fetched (and then kept) only by readers who reach a chart.
      // Nor the newsroom (newsroomBuild): a reader's worker never downloads the staff's code.
      globIgnores: ['index.html', '**/TrendChart-*.js', 'icons/icon-512.png', 'icons/icon-maskable-512.png', 'src/newsroom/**', 'assets/newsroom/**'],
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

/**
 * The API reference at /api-reference, in `npm run dev` only: Scalar's standalone page
 * for the committed contract (src/api/openapi.json, read straight from the file, as the
 * mock worker answers only the app's own pages). Never built into dist/.
 */
function apiReference(): Plugin {
  const settings = { url: '/api-reference/openapi.json', telemetry: false, withDefaultFonts: false, hideClientButton: true, hideTestRequestButton: true, showDeveloperTools: 'never', agent: { disabled: true } };
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/src/app/favicon.svg"><title>Rättsläget API</title></head>
<body><div id="app"></div><script src="/api-reference/standalone.js"></script><script>Scalar.createApiReference('#app', ${JSON.stringify(settings)})</script></body></html>`;
  return {
    name: 'api-reference',
    apply: 'serve',
    configureServer(server) {
      const files: Record<string, [string, string]> = {
        '/openapi.json': [path.resolve(import.meta.dirname, 'src/api/openapi.json'), 'application/json'],
        '/standalone.js': [require.resolve('@scalar/api-reference/browser/standalone.js'), 'text/javascript'],
      };
      server.middlewares.use('/api-reference', async (req, res, next) => {
        const { pathname } = new URL(req.url ?? '/', 'http://dev');
        const file = files[pathname];
        if (pathname !== '/' && !file) return next();
        res.setHeader('Content-Type', file ? file[1] : 'text/html; charset=utf-8');
        res.end(file ? await readFile(file[0]) : page);
      });
    },
  };
}

/**
 * The seed package's photos at /media in `npm run dev`, where the mock API's articles point
 * (the server serves them from DATA_DIR/media, copied there when the store is filled).
 */
function contentMedia(): Plugin {
  const dir = path.resolve(import.meta.dirname, 'content/media');
  return {
    name: 'content-media',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/media', async (req, res, next) => {
        const name = new URL(req.url ?? '/', 'http://dev').pathname.slice(1);
        if (!/^[a-z0-9-]+\.webp$/.test(name)) return next();
        try {
          const body = await readFile(path.join(dir, name));
          res.setHeader('Content-Type', 'image/webp');
          res.end(body);
        } catch {
          next();
        }
      });
    },
  };
}

/**
 * The newsroom (/redaktion, src/newsroom/index.html) is built on its own, into the same folder
 * after the reader's app, so that nothing of it, not even a library function only it uses,
 * lands in a chunk readers load: the reader's build does not know it exists. Its code is under
 * assets/newsroom/, its manifest is .vite/newsroom.json, and the service worker never precaches it.
 */
function newsroomBuild(): Plugin {
  let outDir = '';
  let readerBuilt = false;
  return {
    name: 'newsroom-build',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      // Not after the service worker's own build (vite-plugin-pwa), which has no page.
      if (bundle['index.html']) readerBuilt = true;
    },
    async closeBundle() {
      if (!readerBuilt) return;
      readerBuilt = false;
      const { build } = await import('vite');
      await build({
        configFile: false,
        root: import.meta.dirname,
        mode: 'production',
        logLevel: 'warn',
        publicDir: false,
        plugins: [react()],
        build: {
          outDir,
          emptyOutDir: false,
          assetsDir: 'assets/newsroom',
          target: 'es2022',
          modulePreload: { polyfill: false },
          assetsInlineLimit: 0,
          manifest: '.vite/newsroom.json',
          rolldownOptions: { input: path.resolve(import.meta.dirname, 'src/newsroom/index.html') },
        },
      });
    },
  };
}

/**
 * `npm run dev` without a real API: MSW's worker, started by a script of the mocks' own
 * (mocks/devStart.ts) that is put in the page before the app's entry. The app never
 * imports mocks/; a build never has this script.
 */
function devMockApi(): Plugin {
  return {
    name: 'dev-mock-api',
    apply: 'serve',
    transformIndexHtml(html) {
      if (process.env.VITE_API_BASE_URL) return html;
      return html.replace('<script type="module" src="/src/main.tsx"></script>', '<script type="module" src="/mocks/devStart.ts"></script>\n    <script type="module" src="/src/main.tsx"></script>');
    },
  };
}

// `npm run build` runs Vite twice: the browser app into dist/client, then (with --ssr)
// the server, src/server/main.ts, into dist/server. The server serves dist/client.
const CLIENT_BUILD: BuildOptions = {
  outDir: 'dist/client',
  target: 'es2022',
  modulePreload: { polyfill: false },
  assetsInlineLimit: 0,
  manifest: true,
  rolldownOptions: {
    output: {
        // Two long-lived initial chunks instead of a dozen small ones: the libraries
        // every page needs, and the app shell. Route components and Recharts stay lazy.
      codeSplitting: {
        groups: [
          // What the tiny entry needs (Vite's lazy-import helper, the page-state id) stands
          // alone: the shell would otherwise come with it, before the page has loaded.
          // The settings forms' code (their cookies, the theme) is here too: they answer from the first paint, as copying does;
          // and the held press, which the entry and the islands share.
          { name: 'boot', test: /preload-helper|rolldown[\\/]runtime|src[\\/]app[\\/](pageStateId|heldPress|bootOnIntent)\.ts$|src[\\/]lib[\\/](cookies|theme|textSize|cleanCopy)\.ts$/, priority: 3 },
          {
            name: 'vendor',
            // Not TanStack Query's mutations and infinite lists: only the forms and the comments use them, and they load later.
            test: (id: string) =>
              /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack)[\\/]/.test(id) &&
              !/[\\/](mutationObserver|useMutation|infiniteQueryObserver|useInfiniteQuery)\.js$/.test(id),
            priority: 2,
          },
          // The answers' schemas and zod, loaded with the first request the browser makes itself: a page the
          // server rendered arrives with its data, checked on the server (src/lib/apiClient.ts).
          {
            name: 'schemas',
            test: /node_modules[\\/]zod[\\/]|src[\\/](features[\\/][^\\/]+[\\/]schema|lib[\\/](imageSchema|schemaChecks|apiErrorBody|email))\.ts$/,
            priority: 2,
            // Only these: what they use besides zod (paths, limits) is in the shell already. Every module that builds
            // a schema when it is evaluated is here, so that none waits for this chunk in an import cycle.
            includeDependenciesRecursively: false,
          },
          {
            name: 'shell',
            // What every page needs; the forms' code (submission, dialogs, fields, their strings) waits for the forms,
            // and speech for the listen control. The saved list's storage loads once a Spara button is on screen, the
            // service worker's registration after the page has loaded, and the statistics pages' and charts' strings
            // and hooks with the charts; /sparat's strings with /sparat. The islands' marker, the server text's, Spara and the pictures
            // come with the pages that have them (articles and lists).
            test: (id: string) =>
              /src[\\/](lib[\\/]|components[\\/]|app[\\/](loaders|routeTree|router|pageState|RootLayout|RouteError|NotFoundPage)\.tsx?$|features[\\/](articles|authors|stats)[\\/]api\.ts$)/.test(id) &&
              !/src[\\/](lib[\\/](useSubmission|idempotency|submitError|useDraft|email|speech|strings\.(forms|listen|saved|stats)|serviceWorker|cachePolicy|savedArticles|usePrinting|useMediaQuery|dataHighlight|islandRoots|useLocationHash|copyText|safeHref|hyphenate)|components[\\/](Dialog|Field|ErrorSummary|ShareButton|ShareIcon|CopyLink|Pagination|Island|StaticPart|SaveButton|Figure|ResponsiveImage|Time|OfflineCopyNotice))\./.test(id),
            priority: 1,
          },
          // What an article paints in place of its lazy parts (the chart's and the listen control's placeholders,
          // their styles and strings), in one chunk rather than two small ones. Only these modules: the rest they use
          // is in the shell, and the stats table's stylesheet (StatsTable.css) would bring the statistics page here.
          {
            name: 'placeholders',
            test: /src[\\/](app[\\/]routes[\\/]article[\\/](ToolPlaceholders\.tsx|ListenControl\.module\.css)|features[\\/]stats[\\/]components[\\/](ChartPlaceholder\.tsx|ArticleChart\.module\.css)|lib[\\/]strings\.listen\.ts)$/,
            priority: 1,
            includeDependenciesRecursively: false,
          },
        ],
      },
    },
  },
};

const SERVER_BUILD: BuildOptions = {
  outDir: 'dist/server',
  target: 'node20',
  emptyOutDir: true,
  copyPublicDir: false,
  rolldownOptions: {
    input: {
      main: path.resolve(import.meta.dirname, 'src/server/main.ts'),
      prerender: path.resolve(import.meta.dirname, 'src/server/prerender.ts'),
      // The store's command-line tools: npm run content, db:migrate, db:backup, staff, subscribers.
      content: path.resolve(import.meta.dirname, 'src/server/tools/content.ts'),
      db: path.resolve(import.meta.dirname, 'src/server/tools/db.ts'),
      staff: path.resolve(import.meta.dirname, 'src/server/tools/staff.ts'),
      subscribers: path.resolve(import.meta.dirname, 'src/server/tools/subscribers.ts'),
    },
  },
};

/** The store's and the API's suites, which run on SQLite and on PostgreSQL. */
const STORE_TESTS = ['src/server/{api,store,content,tools,mail,jobs}/**/*.test.ts', 'src/server/search/postgresSearch.test.ts', 'tests/support/**/*.test.ts'];

export default defineConfig(({ command, isSsrBuild }) => ({
  // The browser app's plugins; the server build needs only React's.
  plugins: isSsrBuild ? [react()] : [react(), appShell(), appIcons(), offlineReading(), apiReference(), contentMedia(), devMockApi(), newsroomBuild()],
  // The MSW worker is served in dev only, never copied into dist/.
  publicDir: command === 'serve' ? 'mocks/public' : false,
  build: isSsrBuild ? SERVER_BUILD : CLIENT_BUILD,
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/integration/**/*.test.{ts,tsx}'],
          exclude: [...STORE_TESTS, '**/node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          restoreMocks: true,
          // Room for find* to wait its 5 s (tests/setup.ts) and still fail with its own message.
          testTimeout: 15_000,
        },
      },
      {
        // The store and our API over it, on SQLite and on a PostgreSQL server the run starts itself.
        test: {
          name: 'store',
          environment: 'node',
          include: STORE_TESTS,
          globalSetup: ['tests/support/postgresSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts', 'tests/support/postgresSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
}));
