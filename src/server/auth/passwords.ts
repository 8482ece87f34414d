import { hash, verify } from '@node-rs/argon2';
import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';

// Passwords: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), and a strength
// check against common passwords and patterns (zxcvbn's lists, and our own words).

const ARGON2ID = 2;
const OWASP = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OWASP);
}

/** A hash no password matches: verified against when the e-mail is unknown, so both take the same time. */
const NOBODY = hash(`inget konto ${Math.random()}`, OWASP);

/** Whether the password matches; with no hash (an unknown account) it costs the same and says no. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  const matches = await verify(passwordHash ?? (await NOBODY), password).catch(() => false);
  return passwordHash !== undefined && matches;
}

const strength = new zxcvbnCore.ZxcvbnFactory({
  dictionary: { ...zxcvbnCommon.dictionary, newsroom: ['lösenord', 'losenord', 'rättsläget', 'rattslaget', 'redaktion', 'redaktionen', 'välkommen', 'sommar', 'hemligt', 'nyheter', 'polisen', 'domstol'] },
  graphs: zxcvbnCommon.adjacencyGraphs,
});

/** What is wrong with a new password, in Swedish, or undefined when it will do. */
export function passwordProblem(password: string, context: string[] = []): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Lösenordet ska ha minst ${MIN_PASSWORD_LENGTH} tecken.`;
  if (strength.check(password, context).score < 3) return 'Lösenordet är för vanligt eller lätt att gissa. Välj ett längre eller ovanligare.';
  return undefined;
}
