import path from 'node:path';
import { ImportError } from '../content/ndjson';
import { exportArticles, importArticles } from '../content/transfer';
import { StartupError } from '../startupError';
import { openConfiguredStore, runTool } from './openStore';

// `npm run content -- import <file-or-folder>` and `npm run content -- export <file>`:
// articles in and out of the store (DATA_DIR or DATABASE_URL, as the server), as NDJSON
// (one article a line: the API's shape plus status and dates) or a content package folder.

const USAGE = 'Användning: npm run content -- import <fil.ndjson | mapp>  |  npm run content -- export <fil.ndjson>';

await runTool(
  async () => {
    const [command, target] = process.argv.slice(2);
    if ((command !== 'import' && command !== 'export') || !target) throw new ImportError(USAGE);
    const started = performance.now();
    const { config, database } = await openConfiguredStore(import.meta.dirname);
    try {
      if (command === 'import') {
        const count = await importArticles(database, path.resolve(target), path.join(config.dataDir, 'media'));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const peakMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
        console.log(`Importerade ${count} artiklar till ${database.describe} på ${seconds} s (högst ${peakMb} MB minne)`);
      } else {
        const count = await exportArticles(database, path.resolve(target));
        console.log(`Exporterade ${count} artiklar från ${database.describe} till ${path.resolve(target)}`);
      }
    } finally {
      await database.close();
    }
  },
  (error) => error instanceof ImportError || error instanceof StartupError || (error as NodeJS.ErrnoException).code === 'ENOENT',
);
