// `npm run check:api -- --base https://api.example.se [--write]`: the conformance check
// (tests/api/conformance.mjs) against any host, with the committed contract. Prints a
// table of checks and exits 1 if one failed. Without --write nothing is posted.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkApi, formatChecks } from './conformance.mjs';

const USAGE = 'Usage: npm run check:api -- --base https://api.example.se [--write] [--max-articles 30]';

let options;
try {
  options = parseArgs({
    options: { base: { type: 'string' }, write: { type: 'boolean', default: false }, 'max-articles': { type: 'string', default: '30' } },
  }).values;
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const maxArticles = Number(options['max-articles']);
if (!options.base || !URL.canParse(options.base) || !Number.isInteger(maxArticles) || maxArticles < 1) {
  console.error(USAGE);
  process.exit(2);
}

const document = JSON.parse(await readFile(new URL('../../src/api/openapi.json', import.meta.url), 'utf8'));
console.log(`Checking ${options.base} against ${document.info.title} ${document.info.version}${options.write ? ' (with writes)' : ' (reading only)'}\n`);
const { checks, failed } = await checkApi({ base: options.base, document, write: options.write, maxArticles });
console.log(formatChecks(checks));
process.exitCode = failed ? 1 : 0;
