import { describe, expect, it } from 'vitest';
import contract from '../../src/api/openapi.json';
import { checkApi, formatChecks, type Check } from '../../tests/api/conformance.mjs';

const failures = (checks: Check[]) => checks.filter((c) => c.outcome === 'fail').map((c) => `${c.name} (${c.request}): ${c.reason}`);

// The dev and component-test mock against the same contract as the server's API
// (tests/e2e/contract.test.ts): the contract is the proof that they agree.
describe('the MSW mock API against its contract (check:api --write)', () => {
  it('answers every check as src/api/openapi.json says', { timeout: 60_000 }, async () => {
    const { checks } = await checkApi({ base: 'http://mock.test', document: contract, write: true, maxRetryWaitSeconds: 0 });
    expect(failures(checks), formatChecks(checks)).toEqual([]);
    // The staff API too: the mock has no staff, so each of its operations is a 401 as the contract says.
    const staff = checks.filter((c) => c.operation?.includes('/api/newsroom/'));
    expect(staff.length).toBeGreaterThan(20);
    expect(staff.every((c) => c.outcome === 'pass')).toBe(true);
  });
});
