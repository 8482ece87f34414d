import { readConfig } from '../config';
import { openDatabase } from '../store/connect';
import { migrateToLatest } from '../store/migrate';

/** The store the server would use, from the same environment (DATA_DIR, DATABASE_URL), migrated. */
export async function openConfiguredStore(serverDir: string) {
  const config = readConfig(process.env, serverDir);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  await migrateToLatest(database.db);
  return { config, database };
}

/** A tool's main: one line and exit 1 for a problem a person can fix, the stack for anything else. */
export async function runTool(main: () => Promise<void>, expected: (error: unknown) => boolean): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!expected(error)) throw error;
    console.error((error as Error).message);
    process.exit(1);
  }
}
