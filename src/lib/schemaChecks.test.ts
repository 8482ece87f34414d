import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { emailAddress, EMAIL_MAX } from './email';
import { oneLine, plainLines } from './schemaChecks';

const line = z.string().check(oneLine);
const lines = z.string().check(plainLines);

describe('what a reader may type', () => {
  it('takes Swedish text, punctuation and emoji on one line', () => {
    for (const text of ['Åsa Öberg-Ärlig', 'Ja – men nej? "Citat" 🙂', 'Zoë d’Almeida']) expect(line.safeParse(text).success).toBe(true);
  });

  it('refuses line breaks, control characters and bidi overrides in a one-line field', () => {
    for (const text of ['Anna\nBcc: x@example.se', 'Anna\r', 'Bo\u0000', 'Bo\u0007', 'Eva\u202Egnidaer', 'Eva\u2066isolerad\u2069', 'Tab\tbar']) {
      expect(line.safeParse(text).success, JSON.stringify(text)).toBe(false);
    }
  });

  it('lets a comment have lines and tabs, but no other hidden characters', () => {
    expect(lines.safeParse('Första stycket.\n\nAndra\tstycket.\r\n').success).toBe(true);
    for (const text of ['Hej\u0007', 'Läs: \u202Efdp.exe', 'Hej\u2067där', '\u001B[31mröd']) expect(lines.safeParse(text).success, JSON.stringify(text)).toBe(false);
  });

  it('caps an e-mail address at 254 characters', () => {
    const local = 'a'.repeat(64);
    const domain = (length: number) => `${'d'.repeat(length - 3)}.se`;
    const at = (total: number) => `${local}@${domain(total - local.length - 1)}`;
    expect(at(EMAIL_MAX)).toHaveLength(254);
    expect(emailAddress.safeParse(at(EMAIL_MAX)).success).toBe(true);
    expect(emailAddress.safeParse(at(EMAIL_MAX + 1)).success).toBe(false);
  });
});
