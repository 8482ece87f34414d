import { writeFile } from 'node:fs/promises';
import { addressHash, subscribersCsv } from '../api/newsroom/subscribers';
import { StartupError } from '../startupError';
import { createStore } from '../store/store';
import { openConfiguredStore, runTool } from './openStore';

// `npm run subscribers -- delete <email>`: an address forgotten on its owner's request (the
// subscription and every newsletter e-mail to it still in the outbox); `export <file>`: the
// confirmed subscribers as CSV, as admins download it at /api/newsroom/subscribers.csv.

const USAGE = `Användning:
  npm run subscribers -- delete <e-post>
  npm run subscribers -- export <fil.csv>`;

class UsageError extends Error {}

await runTool(
  async () => {
    const [command, argument] = process.argv.slice(2);
    if ((command !== 'delete' && command !== 'export') || !argument) throw new UsageError(USAGE);
    const { database } = await openConfiguredStore(import.meta.dirname);
    const store = createStore(database.db, database.dialect);
    try {
      if (command === 'export') {
        const subscribers = await store.newsletter.confirmed();
        await writeFile(argument, subscribersCsv(subscribers));
        await store.staff.audit({ staffId: null, action: 'subscribers-exported', details: { count: subscribers.length, by: 'npm run subscribers' } });
        console.log(`Skrev ${subscribers.length} bekräftade prenumeranter till ${argument}`);
        return;
      }
      const email = argument.trim().toLowerCase();
      const removed = await store.transaction(async (tx) => {
        if (!(await tx.newsletter.remove(email))) return false;
        await tx.staff.audit({ staffId: null, action: 'subscriber-deleted', subject: addressHash(email), details: { by: 'npm run subscribers' } });
        return true;
      });
      if (!removed) throw new UsageError(`Ingen prenumerant med adressen ${email}`);
      console.log(`Tog bort ${email} och nyhetsbrevets e-post till adressen`);
    } finally {
      await database.close();
    }
  },
  (error) => error instanceof UsageError || error instanceof StartupError,
);
