import { createInterface } from 'node:readline';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { isRole, ROLE_NAMES, ROLES } from '../auth/roles';
import { StartupError } from '../startupError';
import { openConfiguredStore, runTool } from './openStore';
import { createStore } from '../store/store';

// `npm run staff -- add <email> --name "<name>" --role <role>` (the password: one line on
// standard input), `staff list`, `staff disable <email>`, `staff password <email>`.
// There is no default account: the first admin is made with `add`.

const USAGE = `Användning:
  npm run staff -- add <e-post> --name "<namn>" --role <${ROLES.join('|')}>   (lösenordet på standard in)
  npm run staff -- list
  npm run staff -- disable <e-post>
  npm run staff -- password <e-post>   (det nya lösenordet på standard in)`;

class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One line from standard input: typed at a prompt, or piped in. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Lösenord: ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new UsageError('Inget lösenord på standard in');
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

await runTool(
  async () => {
    const [command, email, ...rest] = process.argv.slice(2);
    if (!command || (command !== 'list' && !email)) throw new UsageError(USAGE);
    const { database } = await openConfiguredStore(import.meta.dirname);
    const store = createStore(database.db, database.dialect);
    try {
      if (command === 'list') {
        for (const staff of await store.staff.list()) {
          console.log(`${staff.email}\t${staff.name}\t${ROLE_NAMES[staff.role] ?? staff.role}${staff.disabled ? '\t(avstängd)' : ''}`);
        }
        return;
      }
      const address = (email ?? '').toLowerCase();
      if (command === 'add') {
        const name = option(rest, '--name')?.trim();
        const role = option(rest, '--role') ?? '';
        if (!EMAIL.test(address)) throw new UsageError(`Ogiltig e-postadress: ${address}`);
        if (!name) throw new UsageError('Ange --name "<namn>"');
        if (!isRole(role)) throw new UsageError(`--role ska vara en av ${ROLES.join(', ')}`);
        if (await store.staff.byEmail(address)) throw new UsageError(`${address} finns redan`);
        const password = await readPassword();
        const problem = passwordProblem(password, [address, name]);
        if (problem) throw new UsageError(problem);
        const passwordHash = await hashPassword(password);
        await store.transaction(async (tx) => {
          const id = await tx.staff.add({ email: address, name, role, passwordHash });
          await tx.staff.audit({ staffId: null, action: 'staff-added', subject: address, details: { role, by: 'npm run staff' } });
          return id;
        });
        console.log(`Lade till ${address} (${ROLE_NAMES[role]})`);
        return;
      }
      const account = await store.staff.byEmail(address);
      if (!account) throw new UsageError(`Ingen medarbetare med e-posten ${address}`);
      if (command === 'disable') {
        await store.transaction(async (tx) => {
          await tx.staff.disable(account.id);
          await tx.staff.audit({ staffId: null, action: 'staff-disabled', subject: address, details: { by: 'npm run staff' } });
        });
        console.log(`Stängde av ${address} och avslutade alla dess inloggningar`);
      } else if (command === 'password') {
        const password = await readPassword();
        const problem = passwordProblem(password, [address, account.name]);
        if (problem) throw new UsageError(problem);
        const passwordHash = await hashPassword(password);
        await store.transaction(async (tx) => {
          await tx.staff.setPassword(account.id, passwordHash);
          await tx.staff.audit({ staffId: null, action: 'staff-password-changed', subject: address, details: { by: 'npm run staff' } });
        });
        console.log(`Bytte lösenord för ${address} och avslutade alla dess inloggningar`);
      } else {
        throw new UsageError(USAGE);
      }
    } finally {
      await database.close();
    }
  },
  (error) => error instanceof UsageError || error instanceof StartupError,
);
