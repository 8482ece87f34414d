import { describe, expect, it } from 'vitest';
import { parseRecipients } from './parseRecipients';

describe('parseRecipients', () => {
  it.each([
    ['one address', 'anna@example.se', ['anna@example.se']],
    ['one per line', 'anna@example.se\nbo@example.se', ['anna@example.se', 'bo@example.se']],
    ['Windows line breaks', 'anna@example.se\r\nbo@example.se', ['anna@example.se', 'bo@example.se']],
    ['commas', 'anna@example.se,bo@example.se', ['anna@example.se', 'bo@example.se']],
    ['semicolons', 'anna@example.se; bo@example.se', ['anna@example.se', 'bo@example.se']],
    ['a mix of separators', 'a@example.se,\nb@example.se ;c@example.se', ['a@example.se', 'b@example.se', 'c@example.se']],
    ['spaces around addresses', '   anna@example.se   ,  bo@example.se  ', ['anna@example.se', 'bo@example.se']],
    ['trailing separators', 'anna@example.se,;\n', ['anna@example.se']],
    ['leading separators', ';,\nanna@example.se', ['anna@example.se']],
    ['empty entries between separators', 'a@example.se,,, ;;b@example.se', ['a@example.se', 'b@example.se']],
    ['nothing at all', '', []],
    ['only separators and spaces', ' , ; \n ', []],
    ['exact duplicates', 'anna@example.se, anna@example.se', ['anna@example.se']],
    ['duplicates in other case, first spelling kept', 'Anna@Example.se\nanna@example.SE', ['Anna@Example.se']],
    ['entries that are not addresses, as typed and in order', 'a@example.se, fel, b@example.se, anna@', ['a@example.se', 'fel', 'b@example.se', 'anna@']],
  ])('%s', (_, input, entries) => {
    expect(parseRecipients(input)).toEqual(entries);
  });
});
