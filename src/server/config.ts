import path from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './api/guards';
import { StartupError } from './startupError';

/** Everything the server reads from its environment, read once at start-up. */
export type ServerConfig = {
  host: string;
  port: number;
  /** The content API; unset means our own API over the store, mounted at /api. */
  apiBaseUrl: string | undefined;
  /**
   * Absolute origin for canonical and preview URLs, the same-origin check and cookies.
   * Never taken from a request: unset, the server listens on a loopback address only and
   * names itself by that address.
   */
  publicOrigin: string | undefined;
  /** The mail server (smtp:// or smtps:// with credentials); unset: .eml files in DATA_DIR/outbox. */
  smtpUrl: string | undefined;
  /** The sender of every e-mail. */
  mailFrom: string | undefined;
  /** Signs the newsletter's links (MAIL_LINK_SECRET); unset, the store makes one and keeps it. */
  mailLinkSecret: string | undefined;
  /** Different readers' reports that hide a comment until a moderator decides. */
  reportHideThreshold: number;
  /** PostgreSQL for the store (several instances); unset: SQLite under dataDir. */
  databaseUrl: string | undefined;
  /** The seed content package an empty store is filled from. */
  contentDir: string;
  /** The built browser app (shell.html is the page template). */
  clientDir: string;
  /** Log one line per request. */
  log: boolean;
  /** The store's SQLite file (without databaseUrl) and the photos (media/). */
  dataDir: string;
  /** The API's test switches (latency, failures, reset, fixed answers): tests and benchmarks only. */
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
    throw new StartupError(`${name} must be an absolute URL, got "${value}"`);
  }
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new StartupError(`${name} must be a whole number from 1, got "${value}"`);
  return parsed;
}

function linkSecret(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < 32) throw new StartupError('MAIL_LINK_SECRET ska vara minst 32 tecken (t.ex. openssl rand -base64 32)');
  return value;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const on = (value: string | undefined) => value === '1' || value === 'true';

export function readConfig(env: NodeJS.ProcessEnv, serverDir: string): ServerConfig {
  const port = Number(env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new StartupError(`PORT must be a port number, got "${env.PORT}"`);
  const host = env.HOST || '127.0.0.1';
  const publicOrigin = origin(env.PUBLIC_ORIGIN, 'PUBLIC_ORIGIN');
  // Reachable from other machines, the server must be told its address: a Host header is anyone's to send.
  if (!publicOrigin && !LOOPBACK.has(host)) throw new StartupError(`Sätt PUBLIC_ORIGIN (t.ex. https://www.example.se) när servern lyssnar på HOST=${host}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new StartupError('SMTP_URL ska vara en smtp://- eller smtps://-adress');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new StartupError('DATABASE_URL ska vara en postgres://-adress');
  return {
    host,
    port,
    apiBaseUrl: env.API_BASE_URL ? env.API_BASE_URL.replace(/\/+$/, '') : undefined,
    publicOrigin,
    databaseUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM || undefined,
    mailLinkSecret: linkSecret(env.MAIL_LINK_SECRET),
    reportHideThreshold: count(env.REPORT_HIDE_THRESHOLD, 'REPORT_HIDE_THRESHOLD', 3),
    contentDir: path.resolve(env.CONTENT_DIR || path.resolve(serverDir, '../../content')),
    clientDir: env.CLIENT_DIR ? path.resolve(env.CLIENT_DIR) : path.resolve(serverDir, '../client'),
    log: env.LOG_REQUESTS !== '0',
    dataDir: path.resolve(env.DATA_DIR || path.resolve(serverDir, '../../data')),
    mockSwitches: on(env.MOCK_SWITCHES),
    rateLimits: {
      comments: count(env.RATE_LIMIT_COMMENTS, 'RATE_LIMIT_COMMENTS', DEFAULT_RATE_LIMITS.comments),
      reports: count(env.RATE_LIMIT_REPORTS, 'RATE_LIMIT_REPORTS', DEFAULT_RATE_LIMITS.reports),
      tips: count(env.RATE_LIMIT_TIPS, 'RATE_LIMIT_TIPS', DEFAULT_RATE_LIMITS.tips),
      subscriptions: count(env.RATE_LIMIT_SUBSCRIPTIONS, 'RATE_LIMIT_SUBSCRIPTIONS', DEFAULT_RATE_LIMITS.subscriptions),
      other: count(env.RATE_LIMIT_OTHER, 'RATE_LIMIT_OTHER', DEFAULT_RATE_LIMITS.other),
    },
    trustProxy: on(env.TRUST_PROXY),
  };
}
