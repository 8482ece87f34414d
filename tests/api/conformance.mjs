// The conformance check behind `npm run check:api`: calls an API the way the app
// does, following links from the article list, and validates every answer (status,
// content type, headers, body) against the OpenAPI document (src/api/openapi.json)
// with ajv. Plain Node ESM, so it runs on Node 20 without a TypeScript step.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Ids no API should know; each fits the id's pattern, so the answer must be a 404, not a 422. */
const UNKNOWN = 'kontroll-finns-inte';

/** Answers that are JSON to the contract: `application/json` and any `+json` type. */
const mediaType = (header) => header?.split(';')[0]?.trim().toLowerCase() ?? '';

/** Validates JSON against the document's schemas; `#/components/…` references resolve in it. */
function schemaValidator(document) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The compiled root carries the document's components, which are not a keyword of their own.
  ajv.addKeyword('components');
  const compiled = new Map();
  return (schema, value) => {
    const key = JSON.stringify(schema);
    if (!compiled.has(key)) compiled.set(key, ajv.compile({ ...schema, components: document.components }));
    const validate = compiled.get(key);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
  };
}

/** A header's text as the value its schema describes (Retry-After: "2" is the integer 2). */
function headerValue(schema, text) {
  return (schema?.type === 'integer' || schema?.type === 'number') && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** A cookie jar as small as the API needs: the reader's id cookie goes back with later calls. */
function cookieJar() {
  const cookies = new Map();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    store(response) {
      for (const line of response.headers.getSetCookie?.() ?? []) {
        const [pair = '', ...attributes] = line.split(';');
        const at = pair.indexOf('=');
        if (at < 1) continue;
        const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
        if (expired) cookies.delete(pair.slice(0, at).trim());
        else cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
    },
  };
}

/**
 * Runs the check. Reads only, unless `write` (then it also posts comments, reports,
 * a sign-up and a tip). Returns every check with its outcome; never throws for an
 * answer it did not like.
 *
 * @param {{ base: string, document: object, write?: boolean, fetch?: typeof fetch,
 *   maxArticles?: number, maxRetryWaitSeconds?: number, timeoutMs?: number }} options
 */
export async function checkApi({ base, document, write = false, fetch = globalThis.fetch, maxArticles = 30, maxRetryWaitSeconds = 65, timeoutMs = 15_000 }) {
  const validate = schemaValidator(document);
  const jar = cookieJar();
  /** @type {import('./conformance.d.mts').Check[]} */
  const checks = [];

  const skip = (name, reason) => checks.push({ outcome: 'skip', name, request: '', reason });

  /** Checks a condition beyond the schema (a replay's body, a listed comment). */
  const expectThat = (name, request, ok, reason) => checks.push({ outcome: ok ? 'pass' : 'fail', name, request, reason: ok ? '' : reason });

  /**
   * One call, checked against the contract: the answer must have `expect` as its
   * status, and status, content type, headers and body must be as the document says.
   */
  async function call(name, { method = 'get', path, params = {}, query, body, rawBody, contentType, headers = {}, expect, rawPath }) {
    const operation = document.paths?.[path]?.[method];
    const address = rawPath ?? path.replace(/\{(\w+)\}/g, (_, key) => encodeURIComponent(String(params[key])));
    const url = new URL(address, base);
    for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, String(value));
    const request = `${method.toUpperCase()} ${url.pathname}${url.search}`;
    const result = { name, operation: `${method.toUpperCase()} ${path}`, request, outcome: 'fail', reason: '' };
    checks.push(result);
    if (!operation) {
      result.reason = `${method.toUpperCase()} ${path} is not in the contract`;
      return undefined;
    }
    const sent = { Accept: 'application/json', ...headers };
    const cookie = jar.header();
    if (cookie) sent.Cookie = cookie;
    const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) sent['Content-Type'] = contentType ?? 'application/json';
    const takesKey = operation.parameters?.some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
    if (method !== 'get' && takesKey && !('Idempotency-Key' in sent)) sent['Idempotency-Key'] = randomUUID();

    let response;
    let text;
    for (let attempt = 0; ; attempt++) {
      try {
        response = await fetch(url, { method: method.toUpperCase(), headers: sent, body: payload, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
        text = await response.text();
      } catch (error) {
        result.reason = `no answer: ${error instanceof Error ? error.message : String(error)}`;
        return undefined;
      }
      jar.store(response);
      // A rate limit is the API doing its job: wait as told (same key, so it is safe) and try once more.
      const wait = Number(response.headers.get('Retry-After'));
      if (response.status === 429 && expect !== 429 && attempt === 0 && wait >= 0 && wait <= maxRetryWaitSeconds) {
        result.waited = wait;
        await sleep(wait * 1000);
        continue;
      }
      break;
    }

    result.status = response.status;
    const reasons = [];
    let json;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Reported below, where the contract says what the body should be.
    }
    if (response.status !== expect) {
      const message = json?.error?.message ? ` (${json.error.message})` : '';
      reasons.push(`expected ${expect}, got ${response.status}${message}`);
    }
    const documented = operation.responses?.[String(response.status)];
    if (!documented) {
      reasons.push(`status ${response.status} is not in the contract`);
    } else {
      const types = Object.keys(documented.content ?? {});
      const type = mediaType(response.headers.get('Content-Type'));
      if (types.length && !types.includes(type)) reasons.push(`content type ${type || '(none)'}, the contract says ${types.join(' or ')}`);
      const schema = documented.content?.[type]?.schema ?? documented.content?.[types[0]]?.schema;
      if (schema) {
        if (json === undefined) reasons.push('the body is not JSON');
        else reasons.push(...validate(schema, json).slice(0, 3).map((e) => `body ${e}`));
      }
      for (const [header, spec] of Object.entries(documented.headers ?? {})) {
        const value = response.headers.get(header);
        if (value === null) {
          if (spec.required) reasons.push(`header ${header} is missing`);
        } else if (spec.schema) {
          reasons.push(...validate(spec.schema, headerValue(spec.schema, value)).map((e) => `header ${header}: ${e.replace('(root) ', '')}`));
        }
      }
    }
    result.outcome = reasons.length ? 'fail' : 'pass';
    result.reason = [reasons.join('; '), result.waited !== undefined ? `waited ${result.waited} s after a 429` : ''].filter(Boolean).join('; ');
    return response.status === expect && reasons.length === 0 ? json : undefined;
  }

  // The contract itself, where the API publishes it.
  await call('the contract', { path: '/api/openapi.json', expect: 200 });

  // Following links as a reader does: lists to articles, articles to writers, topics, statistics and comments.
  const slugs = new Set();
  const note = (page) => page?.items.forEach((teaser) => slugs.add(teaser.slug));
  const sections = await call('sections', { path: '/api/sections', expect: 200 });
  const latest = await call('article list', { path: '/api/articles', expect: 200 });
  note(latest);
  if (latest && latest.totalPages > 1) note(await call('article list, last page', { path: '/api/articles', query: { page: latest.totalPages }, expect: 200 }));
  for (const section of sections?.items ?? []) {
    note(await call('section’s articles', { path: '/api/articles', query: { section: section.id, pageSize: 50 }, expect: 200 }));
  }

  const authors = new Set();
  const tags = new Set();
  const stats = new Set();
  const articles = [];
  for (const slug of [...slugs].slice(0, maxArticles)) {
    const article = await call('article', { path: '/api/articles/{slug}', params: { slug }, expect: 200 });
    if (!article) continue;
    articles.push(article);
    authors.add(article.author.id);
    for (const tag of article.tags) tags.add(tag.id);
    for (const block of article.body) {
      if (block.type === 'chart') stats.add(block.statsId);
      if (block.type === 'paragraph') for (const inline of block.content) if (inline.type === 'dataRef') stats.add(inline.statsId);
    }
    const comments = await call('comments', { path: '/api/articles/{slug}/comments', params: { slug }, expect: 200 });
    if (comments && comments.totalPages > 1) {
      await call('comments, page 2', { path: '/api/articles/{slug}/comments', params: { slug }, query: { page: 2 }, expect: 200 });
    }
    await call('comments, oldest first', { path: '/api/articles/{slug}/comments', params: { slug }, query: { order: 'oldest', pageSize: 5 }, expect: 200 });
  }
  if (slugs.size > maxArticles) skip('more articles', `${slugs.size - maxArticles} of ${slugs.size} articles not read (maxArticles ${maxArticles})`);

  for (const id of authors) {
    await call('writer', { path: '/api/authors/{id}', params: { id }, expect: 200 });
    await call('writer’s articles', { path: '/api/articles', query: { author: id }, expect: 200 });
  }
  for (const id of tags) {
    await call('topic', { path: '/api/tags/{id}', params: { id }, expect: 200 });
    await call('topic’s articles', { path: '/api/articles', query: { tag: id }, expect: 200 });
  }
  const statsList = await call('statistics sets', { path: '/api/stats', expect: 200 });
  for (const item of statsList?.items ?? []) stats.add(item.id);
  for (const id of stats) await call('statistics set', { path: '/api/stats/{id}', params: { id }, expect: 200 });

  // The documented error cases of reading.
  const someSlug = articles[0]?.slug ?? UNKNOWN;
  await call('unknown article', { path: '/api/articles/{slug}', params: { slug: UNKNOWN }, expect: 404 });
  await call('comments on an unknown article', { path: '/api/articles/{slug}/comments', params: { slug: UNKNOWN }, expect: 404 });
  await call('unknown writer', { path: '/api/authors/{id}', params: { id: UNKNOWN }, expect: 404 });
  await call('unknown topic', { path: '/api/tags/{id}', params: { id: UNKNOWN }, expect: 404 });
  await call('unknown statistics', { path: '/api/stats/{id}', params: { id: UNKNOWN }, expect: 404 });
  await call('unknown section', { path: '/api/articles', query: { section: UNKNOWN }, expect: 404 });
  await call('a page after the last', { path: '/api/articles', query: { page: (latest?.totalPages ?? 1) + 1 }, expect: 404 });
  await call('page 0', { path: '/api/articles', query: { page: 0 }, expect: 422 });
  await call('a page that is not a number', { path: '/api/articles', query: { page: 'a' }, expect: 422 });
  await call('pageSize over 50', { path: '/api/articles', query: { pageSize: 51 }, expect: 422 });
  await call('an unknown comment order', { path: '/api/articles/{slug}/comments', params: { slug: someSlug }, query: { order: 'slumpvis' }, expect: 422 });
  await call('a malformed % in the path', { path: '/api/articles/{slug}', rawPath: '/api/articles/%E0%A4%A', expect: 400 });

  // Search, with words taken from the API's own articles.
  const headline = articles.find((a) => a.headline)?.headline ?? 'domstol';
  const word = headline.split(/\s+/).find((w) => w.length >= 6)?.replace(/[^\p{L}]/gu, '') ?? 'domstol';
  const found = await call('search', { path: '/api/search', query: { q: word }, expect: 200 });
  expectThat('search finds a word of a headline', `GET /api/search?q=${word}`, (found?.total ?? 0) > 0, `no hits for "${word}"`);
  await call('search, newest first, filtered', { path: '/api/search', query: { q: word, sort: 'newest', year: '2026', section: sections?.items?.[0]?.id ?? 'brott' }, expect: 200 });
  await call('search with no hits', { path: '/api/search', query: { q: 'qxzqxzqxz' }, expect: 200 });
  await call('suggestions', { path: '/api/search/suggest', query: { q: word.slice(0, 4) }, expect: 200 });
  await call('search without a query', { path: '/api/search', expect: 422 });
  await call('a query over 200 characters', { path: '/api/search', query: { q: 'a'.repeat(201) }, expect: 422 });
  await call('an unknown sort', { path: '/api/search', query: { q: word, sort: 'slumpvis' }, expect: 422 });
  await call('suggestions without a query', { path: '/api/search/suggest', expect: 422 });

  await checkStaffApi({ call, document, write });
  if (write) await checkWrites({ call, expectThat, skip, articles });
  return { checks, failed: checks.filter((c) => c.outcome === 'fail').length };
}

/** The schemes that name a session cookie: operations behind one need a staff member signed in. */
const cookieSchemes = (document) =>
  new Set(Object.entries(document.components?.securitySchemes ?? {}).filter(([, scheme]) => scheme.type === 'apiKey' && scheme.in === 'cookie').map(([name]) => name));

/** A path parameter's value that fits its schema; what it names need not exist (the session is checked first). */
const sampleParam = (schema = {}) => (schema.type === 'integer' ? 1 : schema.format === 'uuid' ? randomUUID() : UNKNOWN);

/**
 * The staff API, as a caller without a session meets it (this check has no staff account, and
 * makes none): every operation behind a session cookie answers 401 as the contract says, reads
 * always and mutations with --write; signing in with an unknown address is a 401 and signing out
 * signed out a 204 (both with --write: a failed sign-in is written to the audit log).
 */
async function checkStaffApi({ call, document, write }) {
  const schemes = cookieSchemes(document);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.security?.some((requirement) => Object.keys(requirement).some((name) => schemes.has(name)))) continue;
      if (method !== 'get' && !write) continue;
      const params = Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, sampleParam(p.schema)]));
      // A post that takes a form with a file (the photo upload) gets an empty form: a JSON body would be a 415 before the session is asked for.
      const form = method !== 'get' && operation.requestBody?.content?.['multipart/form-data'] && !operation.requestBody.content['application/json'];
      const body = form ? { rawBody: '--kontroll--\r\n', contentType: 'multipart/form-data; boundary=kontroll' } : { body: method === 'get' ? undefined : {} };
      await call('signed out: the staff API refuses', { method, path, params, ...body, expect: 401 });
    }
  }
  if (!write) return;
  if (document.paths?.['/api/newsroom/session']?.post) {
    await call('sign in with an unknown address', { method: 'post', path: '/api/newsroom/session', body: { email: `kontroll-${randomUUID().slice(0, 8)}@example.se`, password: 'inte ett lösenord' }, expect: 401 });
  }
  if (document.paths?.['/api/newsroom/session']?.delete) await call('sign out, signed out', { method: 'delete', path: '/api/newsroom/session', expect: 204 });
}

/** The mutations, each valid once with an Idempotency-Key, and every documented refusal. */
async function checkWrites({ call, expectThat, skip, articles }) {
  const open = articles.find((article) => article.commentsEnabled);
  const comment = { name: 'Kontroll', text: 'En kommentar från kontrollen av API:t.' };
  if (!open) {
    skip('comments', 'no article read has comments enabled');
  } else {
    const post = (name, options) => call(name, { method: 'post', path: '/api/articles/{slug}/comments', params: { slug: open.slug }, ...options });
    const key = randomUUID();
    const posted = await post('post a comment', { body: comment, headers: { 'Idempotency-Key': key }, expect: 201 });
    const replayed = await post('post it again with the same key', { body: comment, headers: { 'Idempotency-Key': key }, expect: 201 });
    if (posted && replayed) expectThat('the same key gets the first answer', `POST comment ×2`, JSON.stringify(replayed) === JSON.stringify(posted), 'the repeat was answered with another comment');
    await post('the same key with another body', { body: { ...comment, text: 'En annan text.' }, headers: { 'Idempotency-Key': key }, expect: 422 });
    const invalid = await post('an empty comment', { body: { name: '', text: '' }, expect: 422 });
    if (invalid) {
      const named = Object.keys(invalid.error.fieldErrors ?? {});
      expectThat('the refusal names each field', 'POST an empty comment', named.includes('name') && named.includes('text'), `fieldErrors names ${named.join(', ') || 'nothing'}`);
    }
    await post('a comment that is not JSON', { rawBody: '{"name": "Kontroll", ', expect: 400 });
    await post('a comment sent as a form', { rawBody: 'name=Kontroll&text=Hej', contentType: 'application/x-www-form-urlencoded', expect: 415 });
    await post('a comment from another site', { body: comment, headers: { Origin: 'https://kontroll.invalid' }, expect: 403 });
    await post('a comment over 16 KB', { body: { name: 'Kontroll', text: 'x'.repeat(17 * 1024) }, expect: 413 });
    await call('a comment on an unknown article', { method: 'post', path: '/api/articles/{slug}/comments', params: { slug: UNKNOWN }, body: comment, expect: 404 });

    if (posted?.state === 'published') {
      const list = await call('comments after posting', { path: '/api/articles/{slug}/comments', params: { slug: open.slug }, query: { order: 'newest' }, expect: 200 });
      if (list) expectThat('the new comment is listed', `GET comments on ${open.slug}`, list.items.some((c) => c.id === posted.id), `comment ${posted.id} is not on the first page`);
    }
    if (posted) {
      const report = (name, expect) => call(name, { method: 'post', path: '/api/comments/{id}/reports', params: { id: posted.id }, expect });
      const reported = await report('report the comment', 201);
      if (reported) expectThat('the report names the comment', `POST report ${posted.id}`, reported.commentId === posted.id, `commentId is ${reported.commentId}`);
      await report('report it again', 409);
    }
  }
  await call('report an unknown comment', { method: 'post', path: '/api/comments/{id}/reports', params: { id: UNKNOWN }, expect: 404 });

  const email = `kontroll-${Date.now()}-${randomUUID().slice(0, 8)}@example.se`;
  const subscribe = (name, body, expect, key) =>
    call(name, { method: 'post', path: '/api/newsletter/subscriptions', body, headers: key ? { 'Idempotency-Key': key } : {}, expect });
  const key = randomUUID();
  const subscribed = await subscribe('sign up', { email }, 202, key);
  const again = await subscribe('sign up again with the same key', { email }, 202, key);
  if (subscribed && again) expectThat('the same key gets the first answer', 'POST subscription ×2', JSON.stringify(again) === JSON.stringify(subscribed), 'the repeat was answered differently');
  // No answer may tell whether an address subscribes: a second sign-up is answered as the first.
  const second = await subscribe('sign up the same address again', { email }, 202);
  if (subscribed && second) expectThat('a second sign-up is answered as the first', 'POST subscription, new key', JSON.stringify(second) === JSON.stringify(subscribed), 'the answers differ');
  await subscribe('sign up an invalid address', { email: 'inte-en-adress' }, 422);
  // The e-mail's links are not ours to read here; a token that is not the API's own is refused.
  const forged = 'b.1.1.' + 'A'.repeat(43);
  await call('a forged confirmation link', { path: '/api/newsletter/link', query: { token: forged }, expect: 404 });
  await call('confirm with a forged token', { method: 'post', path: '/api/newsletter/confirmations', body: { token: forged }, expect: 404 });
  await call('leave with a forged token', { method: 'post', path: '/api/newsletter/unsubscriptions', body: { token: 'a.1.1.' + 'A'.repeat(43) }, expect: 404 });
  await call('confirm without a token', { method: 'post', path: '/api/newsletter/confirmations', body: {}, expect: 422 });

  const tip = { recipients: ['mottagare@example.se'], senderName: 'Kontroll', senderEmail: 'avsandare@example.se', message: 'Ett tips från kontrollen av API:t.' };
  const slug = articles[0]?.slug;
  if (!slug) {
    skip('tips', 'no article was read');
  } else {
    await call('send a tip', { method: 'post', path: '/api/articles/{slug}/tips', params: { slug }, body: tip, expect: 202 });
    await call('a tip to an invalid address', { method: 'post', path: '/api/articles/{slug}/tips', params: { slug }, body: { ...tip, recipients: ['inte-en-adress'] }, expect: 422 });
  }
  await call('a tip on an unknown article', { method: 'post', path: '/api/articles/{slug}/tips', params: { slug: UNKNOWN }, body: tip, expect: 404 });
}

/** The checks as a table, one line each, with a summary below. */
export function formatChecks(checks) {
  const mark = { pass: 'ok', fail: 'FAIL', skip: 'skip' };
  const rows = checks.map((c) => [mark[c.outcome], c.status === undefined ? '' : String(c.status), c.name, c.request, c.reason]);
  const header = ['', 'status', 'check', 'request', 'reason'];
  // A long address overflows its column rather than spreading every line.
  const widths = header.map((h, i) => Math.min(i === 3 ? 70 : Infinity, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd();
  const count = (outcome) => checks.filter((c) => c.outcome === outcome).length;
  return [line(header), ...rows.map(line), '', `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`].join('\n');
}
