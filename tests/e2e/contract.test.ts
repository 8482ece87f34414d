import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import contract from '../../src/api/openapi.json';
import { checkApi, formatChecks, type Check } from '../api/conformance.mjs';
import { resetMockApi } from './browser';

const failures = (checks: Check[]) => checks.filter((c) => c.outcome === 'fail').map((c) => `${c.name} (${c.request}): ${c.reason}`);

describe('the embedded API against its contract (npm run check:api -- --write)', () => {
  beforeAll(resetMockApi);

  it('answers every check as src/api/openapi.json says, and every path of it is checked', async () => {
    const { checks } = await checkApi({ base: inject('baseUrl'), document: contract, write: true });
    expect(failures(checks), formatChecks(checks)).toEqual([]);
    const passed = new Set(checks.filter((c) => c.outcome === 'pass').map((c) => c.operation));
    const operations = Object.entries(contract.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.filter((operation) => !passed.has(operation))).toEqual([]);
  });

  it('serves the committed document at /api/openapi.json', async () => {
    const response = await fetch(new URL('/api/openapi.json', inject('baseUrl')));
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(contract);
  });
});

describe('the conformance check', () => {
  // The embedded API behind a proxy that breaks two answers and records what it is asked.
  let proxy: Server;
  let proxyBase: string;
  const methods = new Set<string>();

  beforeAll(async () => {
    await resetMockApi();
    proxy = createServer(async (request, response) => {
      methods.add(request.method ?? '');
      const path = request.url ?? '/';
      if (path === '/api/sections') {
        // An id that is no slug, and no description.
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items: [{ id: 'Brott och straff', name: 'Brott' }] }));
        return;
      }
      if (path === '/api/articles/kontroll-finns-inte') {
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Hittades inte</h1>');
        return;
      }
      const upstream = await fetch(new URL(path, inject('baseUrl')), { method: request.method });
      response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('Content-Type') ?? 'text/plain' }).end(await upstream.text());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyBase = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  it('reports a wrong shape and a wrong status, passes the rest, and without --write only reads', async () => {
    const { checks } = await checkApi({ base: proxyBase, document: contract });
    const failed = checks.filter((c) => c.outcome === 'fail');
    expect(failed.map((c) => c.name), formatChecks(checks)).toEqual(['sections', 'unknown article']);
    expect(failed[0]?.reason).toContain("/items/0 must have required property 'description'");
    expect(failed[0]?.reason).toContain('/items/0/id must match pattern');
    expect(failed[1]?.reason).toContain('expected 404, got 200');
    expect(failed[1]?.reason).toContain('content type text/html, the contract says application/json');
    expect(checks.filter((c) => c.outcome === 'pass').length).toBeGreaterThan(50);
    expect([...methods]).toEqual(['GET']);
  });
});
