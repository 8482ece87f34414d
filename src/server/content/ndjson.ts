import { readFile } from 'node:fs/promises';
import { articleRecordSchema, type ArticleRecord } from './record';

/** A line of an import that does not fit: its number and the field at fault. */
export class ImportError extends Error {}

/**
 * Articles from NDJSON, one per line, every line checked before any is used: the first
 * line that does not fit is named with its number and its field, and nothing is imported.
 */
export async function readArticleLines(file: string): Promise<{ record: ArticleRecord; line: number }[]> {
  const text = await readFile(file, 'utf8');
  const records: { record: ArticleRecord; line: number }[] = [];
  const slugs = new Map<string, number>();
  for (const [index, line] of text.split('\n').entries()) {
    const number = index + 1;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ImportError(`rad ${number}: är inte giltig JSON`);
    }
    const parsed = articleRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(`rad ${number}: fältet ${issue?.path.join('.') || '(hela raden)'}: ${issue?.message}`);
    }
    const earlier = slugs.get(parsed.data.slug);
    if (earlier) throw new ImportError(`rad ${number}: fältet slug: "${parsed.data.slug}" finns redan på rad ${earlier}`);
    slugs.set(parsed.data.slug, number);
    records.push({ record: parsed.data, line: number });
  }
  return records;
}
