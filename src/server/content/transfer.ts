import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { articleRecords, knownReferences } from '../store/articleRecords';
import type { OpenDatabase } from '../store/connect';
import { importContent } from '../store/seed';
import { readContentPackage, type ContentPackage } from './contentPackage';
import { ImportError, readArticleLines } from './ndjson';

/**
 * Articles into the store from NDJSON or a content package folder: every record checked
 * first (its shape, and that its section and writer exist in the store or the package),
 * then all of them in one transaction, or none. Idempotent by slug. Gives the count.
 */
export async function importArticles(database: OpenDatabase, source: string, mediaDir: string): Promise<number> {
  const isFolder = (await stat(source)).isDirectory();
  const pkg: ContentPackage = isFolder
    ? await readContentPackage(source)
    : { sections: [], tags: [], authors: [], stats: [], comments: {}, photos: [], mediaDir: path.join(path.dirname(source), 'media'), articles: [] };
  const lines = isFolder ? pkg.articles.map((record) => ({ record, line: 0 })) : await readArticleLines(source);
  const known = await knownReferences(database.db);
  for (const section of pkg.sections) known.sections.add(section.id);
  for (const author of pkg.authors) known.authors.add(author.id);
  for (const { record, line } of lines) {
    const where = line ? `rad ${line}` : `artikel ${record.slug}`;
    if (!known.sections.has(record.section.id)) throw new ImportError(`${where}: fältet section.id: okänd sektion "${record.section.id}"`);
    if (!known.authors.has(record.author.id)) throw new ImportError(`${where}: fältet author.id: okänd skribent "${record.author.id}"`);
  }
  const articles = lines.map(({ record }) => record);
  const tags = new Map([...pkg.tags, ...articles.flatMap((record) => record.tags)].map((tag) => [tag.id, tag]));
  await importContent(database.db, database.dialect, { ...pkg, tags: [...tags.values()], articles }, mediaDir);
  return articles.length;
}

/** Every article in the store, whatever its status, one a line. Gives the count. */
export async function exportArticles(database: OpenDatabase, file: string): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  for await (const record of articleRecords(database.db)) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    count++;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
