import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, serveBuild, type RunningServer } from './buildApp';

// `npm run staff`: the only way to the first account; there is no default one.

const PASSWORD = 'Blåbär och lingon i november';

function staff(dataDir: string, args: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(DIST, 'server/staff.js'), ...args], { env: { ...process.env, DATA_DIR: dataDir } }, (error, out, err) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: String(out), err: String(err) }),
    );
    child.stdin?.end(input);
  });
}

describe('npm run staff', () => {
  let dataDir: string;
  let server: RunningServer;
  const signIn = (email: string, password: string) =>
    fetch(new URL('/api/newsroom/session', server.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'rattslaget-staff-'));
    server = await serveBuild({ env: { DATA_DIR: dataDir, MOCK_SWITCHES: '' } });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with nobody: no account and no password lets anyone in', async () => {
    expect((await staff(dataDir, ['list'])).out).toBe('');
    for (const [email, password] of [['admin@rattslaget.example', 'admin'], ['admin', 'admin'], ['', '']] as const) expect((await signIn(email, password)).status).toBe(401);
  });

  it('adds an account with the password from standard input, refusing a weak one, and the account signs in', async () => {
    const weak = await staff(dataDir, ['add', 'anna@rattslaget.example', '--name', 'Anna Berg', '--role', 'admin'], 'password1234\n');
    expect(weak.code).toBe(1);
    expect(weak.err.trim()).toMatch(/för vanligt/);
    const added = await staff(dataDir, ['add', 'Anna@rattslaget.example', '--name', 'Anna Berg', '--role', 'admin'], `${PASSWORD}\n`);
    expect(added).toMatchObject({ code: 0, out: 'Lade till anna@rattslaget.example (Administratör)\n' });
    expect((await staff(dataDir, ['list'])).out).toBe('anna@rattslaget.example\tAnna Berg\tAdministratör\n');
    expect((await signIn('anna@rattslaget.example', PASSWORD)).status).toBe(201);
    const unknownRole = await staff(dataDir, ['add', 'bo@rattslaget.example', '--name', 'Bo', '--role', 'chef'], `${PASSWORD}\n`);
    expect(unknownRole.code).toBe(1);
    expect(unknownRole.err).toMatch(/--role ska vara en av contributor, editor, moderator, admin/);
  });

  it('disables an account: its session ends at once and it cannot sign in', async () => {
    const session = /^redaktion-session=([^;]+)/.exec((await signIn('anna@rattslaget.example', PASSWORD)).headers.get('set-cookie') ?? '')?.[1];
    const me = () => fetch(new URL('/api/newsroom/session', server.baseUrl), { headers: { Cookie: `redaktion-session=${session}` } });
    expect((await me()).status).toBe(200);
    expect((await staff(dataDir, ['disable', 'anna@rattslaget.example'])).code).toBe(0);
    expect((await me()).status).toBe(401);
    expect((await signIn('anna@rattslaget.example', PASSWORD)).status).toBe(401);
    expect((await staff(dataDir, ['list'])).out).toContain('(avstängd)');
  });
});
