// Types for conformance.mjs, which the contract test runs against the built server.
export type Check = {
  outcome: 'pass' | 'fail' | 'skip';
  name: string;
  /** The operation as the contract names it, `GET /api/articles/{slug}`; absent for checks beyond one answer. */
  operation?: string;
  request: string;
  status?: number;
  reason: string;
  /** Seconds waited after a 429 before the one retry. */
  waited?: number;
};

export function checkApi(options: {
  base: string;
  document: object;
  write?: boolean;
  fetch?: typeof fetch;
  maxArticles?: number;
  maxRetryWaitSeconds?: number;
  timeoutMs?: number;
}): Promise<{ checks: Check[]; failed: number }>;

export function formatChecks(checks: Check[]): string;
