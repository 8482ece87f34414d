import path from 'node:path';
import { readConfig } from '../config';
import { StartupError } from '../startupError';
import { openDatabase } from '../store/connect';
import { migrateToLatest } from '../store/migrate';
import { runTool } from './openStore';

// `npm run db:migrate`: the store's migrations alone (the server also runs them at start).
// `npm run db:backup -- <file>`: a consistent copy of the SQLite store while the server runs.

await runTool(
  async () => {
    const [command, target] = process.argv.slice(2);
    const config = readConfig(process.env, import.meta.dirname);
    const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    try {
      if (command === 'migrate') {
        const ran = await migrateToLatest(database.db);
        console.log(ran.length ? `Körde ${ran.join(', ')} på ${database.describe}` : `${database.describe} är redan uppdaterad`);
      } else if (command === 'backup' && target) {
        if (!database.backup) throw new StartupError('Med PostgreSQL: ta kopian med pg_dump (se README)');
        await database.backup(path.resolve(target));
        console.log(`Kopierade ${database.describe} till ${path.resolve(target)}`);
      } else {
        throw new StartupError('Användning: npm run db:migrate  |  npm run db:backup -- <fil>');
      }
    } finally {
      await database.close();
    }
  },
  (error) => error instanceof StartupError,
);
