import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POLICE, resetMockApi } from './browser';
import { serveBuild, type RunningServer } from './buildApp';

// The embedded API as a stranger meets it over HTTP: what it refuses, how it says so,
// and what a plain `npm start` does not have at all (the test switches).

const SLUG = POLICE.split('/').pop() ?? '';
const COMMENTS = `/api/articles/${SLUG}/comments`;
const TIPS = `/api/articles/${SLUG}/tips`;
const SIGNUPS = '/api/newsletter/subscriptions';

type Answer = { status: number; headers: Headers; body: unknown; text: string };

async function call(baseUrl: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(new URL(path, baseUrl), init);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

const post = (baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(baseUrl, path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

const comment = (n: number) => ({ name: 'Testläsare', text: `Kommentar nummer ${n} om artikeln.` });
const tip = () => ({ recipients: ['mottagare@example.se'], senderName: 'Testläsare', senderEmail: 'testlasare@example.se', message: '' });

/** The error shape of the contract, with the code expected. */
function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.body).toMatchObject({ error: { code, message: expect.any(String) } });
}

describe('a plain npm start (no test switches, the real rate limits)', () => {
  let plain: RunningServer;
  beforeAll(async () => {
    plain = await serveBuild({
      env: { MOCK_SWITCHES: '', RATE_LIMIT_COMMENTS: '', RATE_LIMIT_TIPS: '', RATE_LIMIT_SUBSCRIPTIONS: '', RATE_LIMIT_REPORTS: '' },
    });
  });
  afterAll(() => plain.close());

  it('has no test switches: the switch addresses and the hostile and oversized fixtures are 404s', async () => {
    for (const path of ['/api/__mock', '/api/__mock/crash', '/api/articles/xss-alla', '/api/stats/xss-statistik', '/api/articles/belastningstest']) {
      expectError(await call(plain.baseUrl, path), 404, 'not_found');
    }
    expectError(await call(plain.baseUrl, '/api/__mock/reset', { method: 'POST' }), 404, 'not_found');
    // A failure switch set as a cookie changes nothing.
    const article = await call(plain.baseUrl, `/api/articles/${SLUG}`, { headers: { Cookie: 'mock-fail=500' } });
    expect(article.status).toBe(200);
  });

  it('takes 5 comments a minute from one address, then answers 429 with Retry-After', async () => {
    for (let n = 1; n <= 5; n++) expect((await post(plain.baseUrl, COMMENTS, comment(n))).status).toBe(201);
    const refused = await post(plain.baseUrl, COMMENTS, comment(6));
    expectError(refused, 429, 'rate_limited');
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // Not behind a trusted proxy: a forged X-Forwarded-For is not another client.
    expectError(await post(plain.baseUrl, COMMENTS, comment(7), { 'X-Forwarded-For': '203.0.113.9' }), 429, 'rate_limited');
    // Reading is not limited.
    expect((await call(plain.baseUrl, COMMENTS)).status).toBe(200);
  });

  it('takes 3 tips and 5 sign-ups a minute', async () => {
    for (let n = 1; n <= 3; n++) expect((await post(plain.baseUrl, TIPS, tip())).status).toBeLessThan(300);
    expectError(await post(plain.baseUrl, TIPS, tip()), 429, 'rate_limited');
    for (let n = 1; n <= 5; n++) expect((await post(plain.baseUrl, SIGNUPS, { email: `lasare${n}@example.se` })).status).toBe(202);
    expectError(await post(plain.baseUrl, SIGNUPS, { email: 'lasare6@example.se' }), 429, 'rate_limited');
  });
});

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  let proxied: RunningServer;
  beforeAll(async () => {
    proxied = await serveBuild({ env: { TRUST_PROXY: '1', RATE_LIMIT_TIPS: '3' } });
  });
  afterAll(() => proxied.close());

  it('counts each client by the address the proxy saw', async () => {
    const from = (address: string) => ({ 'X-Forwarded-For': `198.51.100.1, ${address}` });
    for (let n = 1; n <= 3; n++) expect((await post(proxied.baseUrl, TIPS, tip(), from('203.0.113.1'))).status).toBeLessThan(300);
    expectError(await post(proxied.baseUrl, TIPS, tip(), from('203.0.113.1')), 429, 'rate_limited');
    expect((await post(proxied.baseUrl, TIPS, tip(), from('203.0.113.2'))).status).toBeLessThan(300);
  });
});

describe('a site at PUBLIC_ORIGIN=https://… behind a TLS proxy', () => {
  const PUBLIC = 'https://www.rattslaget.example';
  let site: RunningServer;
  beforeAll(async () => {
    site = await serveBuild({ env: { PUBLIC_ORIGIN: PUBLIC, TRUST_PROXY: '1', LOG_REQUESTS: '1' } });
  });
  afterAll(() => site.close());

  it('names itself by PUBLIC_ORIGIN, whatever Host or absolute request line a request gives', async () => {
    const page = await new Promise<string>((resolve, reject) => {
      const req = request(new URL(POLICE, site.baseUrl), { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http' } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
    expect(page).toContain(`<link rel="canonical" href="${PUBLIC}${POLICE}"`);
    expect(page).toContain(`<meta property="og:url" content="${PUBLIC}${POLICE}"`);
    expect(page).not.toContain('evil.example');
    const sitemap = await (await fetch(new URL('/sitemap.xml', site.baseUrl), { headers: { 'X-Forwarded-Host': 'evil.example' } })).text();
    expect(sitemap).toContain(`<loc>${PUBLIC}/</loc>`);
    expect(sitemap).not.toContain('evil.example');
  });

  it('takes a browser’s post from its public origin (not a 403), and refuses one from anywhere else', async () => {
    expect((await post(site.baseUrl, COMMENTS, comment(1), { Origin: PUBLIC, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201);
    expectError(await post(site.baseUrl, COMMENTS, comment(2), { Origin: site.baseUrl }), 403, 'forbidden_origin');
  });

  it('tells browsers to keep to https (HSTS) and marks every cookie Secure', async () => {
    const page = await fetch(new URL('/', site.baseUrl));
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const report = await call(site.baseUrl, '/api/comments/c1/reports', { method: 'POST', headers: { Origin: PUBLIC } });
    expect(report.status).toBe(201);
    expect(report.headers.get('set-cookie')).toMatch(/^reader-id=[0-9a-f-]{36};.*; Secure$/);
  });

  it('logs the path as received, one JSON line each: an escaped line break or terminal code cannot forge a line', async () => {
    await call(site.baseUrl, '/sok%0aGET%20/admin%20200%1b[2J');
    const lines = site.output().split('\n').filter((line) => line.includes('/sok'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ method: 'GET', path: '/sok%0aGET%20/admin%20200%1b[2J', status: 404 });
  });
});

describe('a server reachable from other machines', () => {
  it('refuses to start without PUBLIC_ORIGIN, in one line, with exit 1', async () => {
    const failure = await serveBuild({ env: { HOST: '0.0.0.0' } }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failure.split('\n').filter(Boolean)).toEqual(['The server exited with 1:', 'Sätt PUBLIC_ORIGIN (t.ex. https://www.example.se) när servern lyssnar på HOST=0.0.0.0']);
  });
});

describe('what any server refuses', () => {
  const baseUrl = inject('baseUrl');
  beforeAll(resetMockApi);

  it('refuses a body over 16 KB with 413, without waiting for the rest of it', async () => {
    expectError(await post(baseUrl, COMMENTS, { name: 'Stor', text: 'x'.repeat(17 * 1024) }), 413, 'payload_too_large');

    // Announces 10 MB and sends 1 KB: the answer comes at once, not after a body that never arrives.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(new URL(COMMENTS, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(10 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.setTimeout(3_000, () => req.destroy(new Error('no answer within 3 s to an oversized body')));
      req.write('{"name":"' + 'x'.repeat(1024));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers malformed JSON with 400 and a non-JSON post with 415', async () => {
    const broken = await call(baseUrl, COMMENTS, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name": "Anna", ' });
    expectError(broken, 400, 'bad_request');
    // What a cross-site <form> can send: refused before it is read.
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const form = await call(baseUrl, COMMENTS, { method: 'POST', headers: { 'Content-Type': type }, body: 'name=Anna&text=Hej' });
      expectError(form, 415, 'unsupported_media_type');
    }
    const untyped = await call(baseUrl, COMMENTS, { method: 'POST', body: new Blob(['{"name":"Anna","text":"Hej"}']) });
    expectError(untyped, 415, 'unsupported_media_type');
  });

  it('refuses a post from another site with 403 and takes one from its own pages', async () => {
    expectError(await post(baseUrl, COMMENTS, comment(1), { Origin: 'https://angripare.example' }), 403, 'forbidden_origin');
    expectError(await post(baseUrl, COMMENTS, comment(1), { 'Sec-Fetch-Site': 'cross-site' }), 403, 'forbidden_origin');
    expect((await post(baseUrl, COMMENTS, comment(1), { Origin: new URL(baseUrl).origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(201);
  });

  it('answers a malformed %-sequence in any path with 400', async () => {
    for (const path of ['/artikel/%E0%A4%A', '/api/articles/%ZZ', '/sektion/brott%', '/assets/%C0%AF.js']) {
      expectError(await call(baseUrl, path), 400, 'bad_request');
    }
  });

  it('answers an unexpected error with a generic JSON 500: no stack trace, no file path', async () => {
    const crash = await call(baseUrl, '/api/__mock/crash');
    expectError(crash, 500, 'internal');
    expect(crash.text).not.toMatch(/Avsiktligt|at |\.ts|\.js|\/work|node_modules|Error/);
  });
});

describe('connection time limits', () => {
  const baseUrl = new URL(inject('baseUrl'));

  /** Resolves with the milliseconds until the server closed the socket. */
  function closedAfter(socket: Socket): Promise<number> {
    const started = Date.now();
    return new Promise((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  }

  it('drops a client that sends its headers too slowly (10 s)', async () => {
    const socket = connect(Number(baseUrl.port), baseUrl.hostname);
    socket.on('error', () => {});
    socket.write(`GET / HTTP/1.1\r\nHost: ${baseUrl.host}\r\n`);
    // Drips a header line every 2 s and never finishes.
    const drip = setInterval(() => socket.write('X-Langsam: ja\r\n'), 2_000);
    const ms = await closedAfter(socket);
    clearInterval(drip);
    expect(ms).toBeGreaterThan(8_000);
    // Node's own default would be 60 s, checked every 30 s; a busy machine adds a little.
    expect(ms).toBeLessThan(16_000);
  }, 25_000);

  it('closes an idle keep-alive connection after about 5 s', async () => {
    const socket = connect(Number(baseUrl.port), baseUrl.hostname);
    socket.on('error', () => {});
    socket.write(`GET /robots.txt HTTP/1.1\r\nHost: ${baseUrl.host}\r\nConnection: keep-alive\r\n\r\n`);
    const answered = new Promise<void>((resolve) => socket.once('data', () => resolve()));
    const closed = closedAfter(socket);
    await answered;
    const ms = await closed;
    expect(ms).toBeGreaterThan(4_000);
    expect(ms).toBeLessThan(8_000);
  }, 15_000);
});
