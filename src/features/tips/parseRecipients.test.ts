import { describe, expect, it } from 'vitest';
import { isSafeSenderName, parseRecipients } from './parseRecipients';

describe('parseRecipients', () => {
  it.each([
    ['one address', 'anna@example.se', ['anna@example.se'], []],
    ['one per line', 'anna@example.se\nbo@example.se', ['anna@example.se', 'bo@example.se'], []],
    ['Windows line breaks', 'anna@example.se\r\nbo@example.se', ['anna@example.se', 'bo@example.se'], []],
    ['commas', 'anna@example.se,bo@example.se', ['anna@example.se', 'bo@example.se'], []],
    ['semicolons', 'anna@example.se; bo@example.se', ['anna@example.se', 'bo@example.se'], []],
    ['a mix of separators', 'a@example.se,\nb@example.se ;c@example.se', ['a@example.se', 'b@example.se', 'c@example.se'], []],
    ['spaces around addresses', '   anna@example.se   ,  bo@example.se  ', ['anna@example.se', 'bo@example.se'], []],
    ['trailing separators', 'anna@example.se,;\n', ['anna@example.se'], []],
    ['leading separators', ';,\nanna@example.se', ['anna@example.se'], []],
    ['empty entries between separators', 'a@example.se,,, ;;b@example.se', ['a@example.se', 'b@example.se'], []],
    ['nothing at all', '', [], []],
    ['only separators and spaces', ' , ; \n ', [], []],
    ['exact duplicates', 'anna@example.se, anna@example.se', ['anna@example.se'], []],
    ['duplicates in other case, first spelling kept', 'Anna@Example.se\nanna@example.SE', ['Anna@Example.se'], []],
    ['plus-addresses', 'anna+tips@example.se', ['anna+tips@example.se'], []],
    ['dots and hyphens', 'anna.b-c@mail.example-domain.se', ['anna.b-c@mail.example-domain.se'], []],
    ['unicode local part', 'åsa.öberg@example.se', ['åsa.öberg@example.se'], []],
    ['unicode domain', 'anna@exempel.åäö.se', ['anna@exempel.åäö.se'], []],
    ['missing domain', 'anna@', [], ['anna@']],
    ['missing local part', '@example.se', [], ['@example.se']],
    ['no at sign', 'anna.example.se', [], ['anna.example.se']],
    ['two at signs', 'anna@@example.se', [], ['anna@@example.se']],
    ['space inside', 'anna svensson@example.se', [], ['anna svensson@example.se']],
    ['no dot in domain', 'anna@localhost', [], ['anna@localhost']],
    ['one-letter top domain', 'anna@example.s', [], ['anna@example.s']],
    ['display-name form', 'Anna <anna@example.se>', [], ['Anna <anna@example.se>']],
    ['valid and invalid mixed, in order', 'a@example.se, fel, b@example.se, anna@', ['a@example.se', 'b@example.se'], ['fel', 'anna@']],
  ])('%s', (_, input, addresses, invalid) => {
    const parsed = parseRecipients(input);
    expect(parsed.addresses).toEqual(addresses);
    expect(parsed.invalid).toEqual(invalid);
    expect(parsed.tooMany).toBe(false);
  });

  it('caps the count and says it did', () => {
    const many = Array.from({ length: 12 }, (_, i) => `person${i}@example.se`).join('\n');
    const parsed = parseRecipients(many);
    expect(parsed.addresses).toHaveLength(10);
    expect(parsed.addresses[0]).toBe('person0@example.se');
    expect(parsed.tooMany).toBe(true);
  });

  it('counts unique addresses against the cap', () => {
    const repeated = Array.from({ length: 15 }, () => 'samma@example.se').join(',');
    expect(parseRecipients(repeated)).toEqual({ addresses: ['samma@example.se'], invalid: [], tooMany: false });
  });
});

describe('isSafeSenderName', () => {
  it.each([
    ['Anna Svensson', true],
    ['Åsa Öberg-Lind', true],
    ['   ', false],
    ['Anna\nBcc: alla@example.se', false],
    ['Anna\r\nSubject: hej', false],
    ['Anna\rX', false],
  ])('%j → %s', (name, safe) => {
    expect(isSafeSenderName(name)).toBe(safe);
  });
});
