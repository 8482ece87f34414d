import path from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './apiGuards';

/** Everything the server reads from its environment, read once at start-up. */
export type ServerConfig = {
  host: string;
  port: number;
  /** The content API; unset means the embedded mock API mounted at /api. */
  apiBaseUrl: string | undefined;
  /** Absolute origin for canonical and preview URLs; else the request's own origin. */
  publicOrigin: string | undefined;
  /** The built browser app (shell.html is the page template). */
  clientDir: string;
  /** The embedded API's demo photos. */
  mockMediaDir: string;
  /** Log one line per request. */
  log: boolean;
  /** Where the embedded API keeps what readers post (a SQLite file). */
  dataDir: string;
  /** The embedded API's test switches (latency, failures, reset, hostile fixtures): tests and benchmarks only. */
  mockSwitches: boolean;
  /** Posts a client address may make a minute, per kind. */
  rateLimits: RateLimits;
  /** Behind a trusted proxy: take the client's address from X-Forwarded-For. */
  trustProxy: boolean;
};

function origin(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number from 1, got "${value}"`);
  return parsed;
}

const on = (value: string | undefined) => value === '1' || value === 'true';

export function readConfig(env: NodeJS.ProcessEnv, serverDir: string): ServerConfig {
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    apiBaseUrl: env.API_BASE_URL ? env.API_BASE_URL.replace(/\/+$/, '') : undefined,
    publicOrigin: origin(env.PUBLIC_ORIGIN, 'PUBLIC_ORIGIN'),
    clientDir: env.CLIENT_DIR ? path.resolve(env.CLIENT_DIR) : path.resolve(serverDir, '../client'),
    mockMediaDir: path.resolve(serverDir, '../../mocks/public/media'),
    log: env.LOG_REQUESTS !== '0',
    dataDir: path.resolve(env.DATA_DIR || path.resolve(serverDir, '../../data')),
    mockSwitches: on(env.MOCK_SWITCHES),
    rateLimits: {
      comments: count(env.RATE_LIMIT_COMMENTS, 'RATE_LIMIT_COMMENTS', DEFAULT_RATE_LIMITS.comments),
      reports: count(env.RATE_LIMIT_REPORTS, 'RATE_LIMIT_REPORTS', DEFAULT_RATE_LIMITS.reports),
      tips: count(env.RATE_LIMIT_TIPS, 'RATE_LIMIT_TIPS', DEFAULT_RATE_LIMITS.tips),
      subscriptions: count(env.RATE_LIMIT_SUBSCRIPTIONS, 'RATE_LIMIT_SUBSCRIPTIONS', DEFAULT_RATE_LIMITS.subscriptions),
    },
    trustProxy: on(env.TRUST_PROXY),
  };
}
