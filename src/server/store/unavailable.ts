// Which errors mean the store is away for now (a 503 to try again), not a bug (a 500).

const UNAVAILABLE_CODES = new Set([
  // The connection: refused, reset, timed out, or the server shutting down or restarting.
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
  // SQLite's file cannot be written (a full disk, a read-only folder) or is held by another process.
  'SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_BUSY', 'SQLITE_LOCKED',
]);

/** The store cannot be reached or written just now: a 503 to try again, not our bug. */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('SQLITE_IOERR'))) return true;
  // pg's own words when a connection dies under a query or the pool cannot get one in time.
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(error.message);
}
