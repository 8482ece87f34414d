import path from 'node:path';

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
};

function origin(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
}

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
  };
}
