import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, serveBuild, type RunningServer } from './buildApp';

export type StaffMember = { email: string; name: string; role: 'admin' | 'editor' | 'moderator' | 'contributor' };

/** Adds an account as a newcomer does, with the built `npm run staff add`, the password typed on its standard input. */
function addStaffAccount(dataDir: string, { email, name, role }: StaffMember, password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(DIST, 'server/staff.js'), 'add', email, '--name', name, '--role', role], { env: { ...process.env, DATA_DIR: dataDir } }, (error) =>
      error ? reject(error) : resolve(),
    );
    child.stdin?.end(`${password}\n`);
  });
}

/**
 * The built server on a data folder of its own (named after `label`, removed by the test),
 * with these staff accounts in it, all with `password`. The store exists once a server has
 * started on it, so a first server fills it, the accounts are added by the CLI, and the
 * server is started again with `env`.
 */
export async function serveWithStaff(label: string, staff: StaffMember[], password: string, env: NodeJS.ProcessEnv = {}): Promise<{ server: RunningServer; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `rattslaget-${label}-`));
  const first = await serveBuild({ env: { DATA_DIR: dataDir } });
  await first.close();
  for (const member of staff) await addStaffAccount(dataDir, member, password);
  return { server: await serveBuild({ env: { DATA_DIR: dataDir, ...env } }), dataDir };
}

/** Signs in over the staff API; the answer, and its session cookie as a request sends it back (`name=value`). */
export async function signInOverApi(server: RunningServer, email: string, password: string): Promise<{ status: number; cookie: string }> {
  const answer = await fetch(new URL('/api/newsroom/session', server.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return { status: answer.status, cookie: (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}
