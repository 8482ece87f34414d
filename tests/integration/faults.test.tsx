import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { setRequestTimeout } from '../../src/lib/apiClient';
import { renderRoute } from '../renderRoute';

// Every call the app makes, under every way an API can fail.

const error = (status: number, headers?: Record<string, string>) =>
  HttpResponse.json({ error: { code: 'fault', message: 'Fel i testet' } }, { status, headers });

const FAULTS = {
  '500': () => error(500),
  '503 with Retry-After': () => error(503, { 'Retry-After': '1' }),
  '429': () => error(429, { 'Retry-After': '1' }),
  '404': () => error(404),
  'network error': () => HttpResponse.error(),
  'no answer': async () => {
    await delay('infinite');
    return error(500);
  },
  'invalid JSON': () => new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } }),
  'wrong shape': () => HttpResponse.json({ surprise: ['not', 'what', 'you', 'expected'] }),
} as const;
type Fault = keyof typeof FAULTS;
const FAULT_NAMES = Object.keys(FAULTS) as Fault[];

/** What the reader is told, by fault (for whole pages and sections alike). */
const MESSAGE: Record<Fault, RegExp> = {
  '500': /tillfälliga problem/,
  '503 with Retry-After': /tillfälliga problem/,
  '429': /tillfälliga problem|för många förfrågningar/,
  '404': /tillfälliga problem|Sidan finns inte/,
  'network error': /Vi når inte servern/,
  'no answer': /svarade inte i tid/,
  'invalid JSON': /gick inte att läsa/,
  'wrong shape': /gick inte att läsa/,
};

beforeAll(() => setRequestTimeout(300));
afterAll(() => setRequestTimeout(10_000));

const POLICE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const ARTICLE = '/artikel/samtyckeslagen-sa-fungerar-den';

type PageCall = { name: string; method: 'get'; path: string; route: string };

const PAGE_CALLS: PageCall[] = [
  { name: 'article', method: 'get', path: '*/api/articles/:slug', route: POLICE },
  { name: 'article list (front page)', method: 'get', path: '*/api/articles', route: '/' },
  { name: 'article list (topic)', method: 'get', path: '*/api/articles', route: '/amne/sexkop' },
  { name: 'topic', method: 'get', path: '*/api/tags/:id', route: '/amne/sexkop' },
  { name: 'author', method: 'get', path: '*/api/authors/:id', route: '/skribent/william-eriksson' },
  { name: 'statistics series', method: 'get', path: '*/api/stats/:id', route: '/statistik/sexkop-anmalda' },
  { name: 'statistics list', method: 'get', path: '*/api/stats', route: '/statistik' },
];

describe.each(PAGE_CALLS)('GET $name failing', ({ method, path, route }) => {
  it.each(FAULT_NAMES)('%s: a 404 page or a message with a retry, inside a working layout', async (fault) => {
    server.use(http[method](path, FAULTS[fault]));
    renderRoute(route);
    if (fault === '404') {
      expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    } else {
      expect(await screen.findByRole('button', { name: 'Försök igen' }, { timeout: 3000 })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(MESSAGE[fault]);
    }
    expect(screen.getByRole('link', { name: 'Rättsläget' })).toHaveAttribute('href', '/');
  });
});

describe.each([
  { name: 'sections (header and front page)', path: '*/api/sections', route: '/', heading: /Senaste nytt/ },
  { name: 'statistics inside an article', path: '*/api/stats/:id', route: POLICE, heading: /Polisens jämställdhetsarbete/ },
  { name: 'comments inside an article', path: '*/api/articles/:slug/comments', route: POLICE, heading: /Polisens jämställdhetsarbete/ },
])('GET $name failing', ({ path, route, heading }) => {
  it.each(FAULT_NAMES)('%s: the rest of the page stays readable, the part says what happened', async (fault) => {
    server.use(http.get(path, FAULTS[fault]));
    renderRoute(route);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(fault === '404' ? /tillfälliga problem/ : MESSAGE[fault]);
    expect(within(alert).getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });
});

type Mutation = {
  name: string;
  path: string;
  route: string;
  fill: (user: UserEvent) => Promise<HTMLElement>;
  expectKept: () => void;
  failure: RegExp;
};

const commentsRegion = () => screen.findByRole('region', { name: /^Kommentarer/ }, { timeout: 5000 });

const MUTATIONS: Mutation[] = [
  {
    name: 'post comment',
    path: '*/api/articles/:slug/comments',
    route: ARTICLE,
    fill: async (user) => {
      const region = await commentsRegion();
      await user.type(within(region).getByLabelText('Namn'), 'Maja');
      await user.type(within(region).getByLabelText('Kommentar'), 'Behåll mig');
      await user.click(within(region).getByRole('button', { name: 'Publicera kommentar' }));
      return region;
    },
    expectKept: () => expect(screen.getByLabelText('Kommentar')).toHaveValue('Behåll mig'),
    failure: /Kommentaren kunde inte skickas/,
  },
  {
    name: 'report comment',
    path: '*/api/comments/:id/reports',
    route: ARTICLE,
    fill: async (user) => {
      await user.click(await screen.findByRole('button', { name: 'Anmäl kommentaren från Ahmed' }, { timeout: 5000 }));
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Anmäl' }));
      return screen.getByRole('article', { name: 'Ahmed' });
    },
    expectKept: () => expect(screen.getByRole('button', { name: 'Anmäl kommentaren från Ahmed' })).toBeInTheDocument(),
    failure: /Anmälan kunde inte skickas/,
  },
  {
    name: 'newsletter sign-up',
    path: '*/api/newsletter/subscriptions',
    route: '/nyhetsbrev',
    fill: async (user) => {
      await user.type(await screen.findByLabelText('E-postadress'), 'kvar@example.se');
      await user.click(screen.getByRole('button', { name: 'Prenumerera' }));
      return screen.getByRole('main');
    },
    expectKept: () => expect(screen.getByLabelText('E-postadress')).toHaveValue('kvar@example.se'),
    failure: /Anmälan kunde inte skickas/,
  },
  {
    name: 'tip via e-mail',
    path: '*/api/articles/:slug/tips',
    route: ARTICLE,
    fill: async (user) => {
      await user.click(await screen.findByRole('button', { name: 'Tipsa via e-post' }, { timeout: 5000 }));
      const dialog = screen.getByRole('dialog');
      await user.type(within(dialog).getByLabelText('Mottagare'), 'anna@example.se');
      await user.type(within(dialog).getByLabelText('Ditt namn'), 'Åsa');
      await user.type(within(dialog).getByLabelText('Din e-postadress'), 'asa@example.se');
      await user.click(within(dialog).getByRole('button', { name: 'Skicka tips' }));
      return dialog;
    },
    expectKept: () => expect(screen.getByLabelText('Mottagare')).toHaveValue('anna@example.se'),
    failure: /Tipset kunde inte skickas/,
  },
];

describe.each(MUTATIONS)('POST $name failing', ({ path, route, fill, expectKept, failure }) => {
  it.each(FAULT_NAMES)('%s: says what happened and keeps the input', async (fault) => {
    server.use(http.post(path, FAULTS[fault]));
    const { user } = renderRoute(route);
    const scope = await fill(user);
    const alert = await within(scope).findByText(failure, {}, { timeout: 3000 });
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expectKept();
  });
});
