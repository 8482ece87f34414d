import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

const COMMITTED = path.join(import.meta.dirname, 'openapi.json');

describe('the committed OpenAPI document', () => {
  // `npm run api:openapi` runs this test with UPDATE_OPENAPI=1, which writes the file instead.
  it('is the one the schemas generate', async () => {
    const generated = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') await writeFile(COMMITTED, generated);
    const committed = await readFile(COMMITTED, 'utf8').catch(() => '');
    expect(committed === generated, 'src/api/openapi.json disagrees with the schemas: run `npm run api:openapi` and commit the file').toBe(true);
  });
});
