import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, DIST } from './buildApp';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

// Strings that only the mocks contain: MSW itself, the worker, the fixture db and fixture text.
const MOCK_MARKERS = ['mockServiceWorker', 'setupWorker', 'msw', 'Okänd API-adress', 'Tomas Oneborg', 'resetDb', 'mock-latency'];

async function expectNoMocks(dir: string) {
  const files = await filesUnder(dir);
  expect(files.some((f) => f.endsWith('mockServiceWorker.js'))).toBe(false);
  expect(files.some((f) => f.includes(`${path.sep}media${path.sep}`) || f.endsWith('.webp'))).toBe(false);
  for (const file of files.filter((f) => /\.(js|html|css)$/.test(f))) {
    const text = await readFile(file, 'utf8');
    for (const marker of MOCK_MARKERS) expect(text.includes(marker), `${marker} in ${path.basename(file)}`).toBe(false);
  }
}

describe('the default build that npm start serves', () => {
  it('sends no mock code to the browser: the server answers /api, not the bundle', async () => {
    await expectNoMocks(path.join(DIST, 'client'));
  });
});

describe('a production build with VITE_API_BASE_URL', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'reader-dist-'));
    await buildApp({ outDir, apiBaseUrl: 'https://api.example.se' });
  }, 120_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('holds no mock code, fixtures, fixture photos or worker, in the browser app or the server', async () => {
    await expectNoMocks(outDir);
  });

  it('calls the configured API origin', async () => {
    const files = await filesUnder(outDir);
    const js = await Promise.all(files.filter((f) => f.endsWith('.js')).map((f) => readFile(f, 'utf8')));
    expect(js.some((text) => text.includes('https://api.example.se'))).toBe(true);
  });
});
