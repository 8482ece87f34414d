import { describe, expect, it } from 'vitest';
import { MAX_TIP_MESSAGE, MAX_TIP_RECIPIENTS, tipRequestSchema } from './schema';

const tip = { recipients: ['anna@example.se'], senderName: 'Åsa', senderEmail: 'asa@example.se' };
const problems = (request: unknown) => tipRequestSchema.safeParse(request).error?.issues.map((issue) => [issue.path.join('.'), issue.code]) ?? [];

describe('tipRequestSchema', () => {
  it.each([
    ['an address', 'anna@example.se'],
    ['a plus-address', 'anna+tips@example.se'],
    ['dots and hyphens', 'anna.b-c@mail.example-domain.se'],
    ['a unicode local part', 'åsa.öberg@example.se'],
    ['a unicode domain', 'anna@exempel.åäö.se'],
  ])('takes %s as a recipient', (_, address) => {
    expect(problems({ ...tip, recipients: [address] })).toEqual([]);
  });

  it.each([
    ['a missing domain', 'anna@'],
    ['a missing local part', '@example.se'],
    ['no at sign', 'anna.example.se'],
    ['two at signs', 'anna@@example.se'],
    ['a space inside', 'anna svensson@example.se'],
    ['no dot in the domain', 'anna@localhost'],
    ['a one-letter top domain', 'anna@example.s'],
    ['the display-name form', 'Anna <anna@example.se>'],
  ])('refuses %s, naming the entry', (_, address) => {
    expect(problems({ ...tip, recipients: ['ok@example.se', address] })).toEqual([['recipients.1', 'invalid_format']]);
  });

  it(`wants 1 to ${MAX_TIP_RECIPIENTS} recipients, and still checks each of too many`, () => {
    const many = Array.from({ length: MAX_TIP_RECIPIENTS + 1 }, (_, i) => `person${i}@example.se`);
    expect(problems({ ...tip, recipients: many.slice(0, MAX_TIP_RECIPIENTS) })).toEqual([]);
    expect(problems({ ...tip, recipients: [] })).toEqual([['recipients', 'too_small']]);
    expect(problems({ ...tip, recipients: many })).toEqual([['recipients', 'too_big']]);
    expect(problems({ ...tip, recipients: [...many, 'fel'] })).toEqual([
      [`recipients.${MAX_TIP_RECIPIENTS + 1}`, 'invalid_format'],
      ['recipients', 'too_big'],
    ]);
  });

  it.each([
    ['Anna Svensson', []],
    ['Åsa Öberg-Lind', []],
    ['   ', [['senderName', 'too_small']]],
    ['Anna\nBcc: alla@example.se', [['senderName', 'invalid_format']]],
    ['Anna\r\nSubject: hej', [['senderName', 'invalid_format']]],
    ['Anna\rX', [['senderName', 'invalid_format']]],
  ])('sender name %j', (senderName, expected) => {
    expect(problems({ ...tip, senderName })).toEqual(expected);
  });

  it(`counts the message without the spaces around it, up to ${MAX_TIP_MESSAGE} characters`, () => {
    const full = 'x'.repeat(MAX_TIP_MESSAGE);
    expect(tipRequestSchema.parse({ ...tip, message: `  ${full}\n` }).message).toBe(full);
    expect(problems({ ...tip, message: `${full}x` })).toEqual([['message', 'too_big']]);
  });
});
