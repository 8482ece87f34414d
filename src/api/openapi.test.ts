import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../server/api/api';
import { openApiDocument } from './openapi';

const COMMITTED = path.join(import.meta.dirname, 'openapi.json');

describe('the committed OpenAPI document', () => {
  // `npm run api:openapi` runs this test with UPDATE_OPENAPI=1, which writes the file instead.
  it('is the one the schemas generate', async () => {
    const generated = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') await writeFile(COMMITTED, generated);
    const committed = await readFile(COMMITTED, 'utf8').catch(() => '');
    expect(committed === generated, 'src/api/openapi.json disagrees with the schemas: run `npm run api:openapi` and commit the file').toBe(true);
  });
});

describe('the staff API in the document', () => {
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op as { security?: { staffSession: string[] }[]; responses: Record<string, unknown> } })));

  it('has a cookie security scheme named after the session cookie', () => {
    expect(document.components.securitySchemes).toEqual({ staffSession: { type: 'apiKey', in: 'cookie', name: 'redaktion-session', description: expect.any(String) } });
  });

  it('puts every staff operation but signing in and out behind it, with its 401 and 403, and no reader path', () => {
    const staff = operations.filter(({ path }) => path.startsWith('/api/newsroom/'));
    const open = staff.filter(({ op }) => !op.security).map(({ path, method }) => `${method} ${path}`);
    expect(open.sort()).toEqual(['delete /api/newsroom/session', 'post /api/newsroom/session']);
    for (const { path, method, op } of staff.filter(({ op }) => op.security)) {
      expect(op.security, `${method} ${path}`).toEqual([{ staffSession: [] }]);
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(operations.filter(({ path, op }) => !path.startsWith('/api/newsroom/') && op.security)).toEqual([]);
  });

  it('has every staff route the server answers, and none it does not', () => {
    const api = createApi({ store: {} as never, search: {} as never, guards: { rateLimits: { comments: 1, reports: 1, tips: 1, subscriptions: 1, other: 1 }, trustProxy: false, publicOrigin: undefined } });
    const served = api.routes
      .filter((route) => route.path.startsWith('/api/newsroom/') && route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = operations.filter(({ path }) => path.startsWith('/api/newsroom/')).map(({ path, method }) => `${method} ${path}`);
    expect(new Set(documented)).toEqual(new Set(served));
    expect(documented).toEqual(expect.arrayContaining(['get /api/newsroom/staff', 'post /api/newsroom/staff', 'patch /api/newsroom/staff/{id}', 'get /api/newsroom/audit']));
  });
});
