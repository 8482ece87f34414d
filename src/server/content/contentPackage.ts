import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod/mini';
import type { Comment } from '../../features/comments/schema';
import type { StatsSet } from '../../features/stats/schema';
import type { PhotoRecord } from '../store/contentWrites';
import {
  articleRecordSchema,
  authorRecordsSchema,
  commentRecordsSchema,
  sectionRecordsSchema,
  statsRecordSchema,
  tagRecordsSchema,
  type ArticleRecord,
} from './record';

/**
 * A content package: a folder of JSON files and photos, as content/ holds the demo
 * content. Every file is optional but articles need their sections and writers, in the
 * package or in the store already.
 *
 *   sections.json, tags.json, authors.json   lists
 *   stats/<id>.json                          one statistics set each
 *   articles/<slug>.json                     one article each (the API's shape, plus status and dates)
 *   comments.json                            demo comments by article slug
 *   media/<name>-<width>.webp                the photos' variants
 */
export type ContentPackage = {
  sections: z.output<typeof sectionRecordsSchema>;
  tags: z.output<typeof tagRecordsSchema>;
  authors: z.output<typeof authorRecordsSchema>;
  stats: StatsSet[];
  articles: ArticleRecord[];
  comments: Record<string, Comment[]>;
  /** The photos the articles name, with their variants in media/. */
  photos: PhotoRecord[];
  mediaDir: string;
};

/** A record that does not fit, named by its file and the field at fault. */
class ContentError extends Error {}

async function readJson<Schema extends z.ZodMiniType>(file: string, schema: Schema, fallback: z.output<Schema>): Promise<z.output<Schema>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ContentError(`${file}: är inte giltig JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(`${file}: ${issue?.path.join('.') || '(hela filen)'}: ${issue?.message}`);
  }
  return parsed.data;
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const VARIANT = /^\/media\/([a-z0-9-]+)-(\d+)\.(webp|jpg|png)$/;

/** The photos the articles show, from their images' own sizes and variants. */
function photosOf(articles: ArticleRecord[]): PhotoRecord[] {
  const photos = new Map<string, PhotoRecord>();
  for (const article of articles) {
    const images = [article.hero, ...article.body.flatMap((block) => (block.type === 'image' ? [block.image] : []))];
    for (const image of images) {
      const variants = image.sources.flatMap(({ url, width }) => {
        const match = VARIANT.exec(url);
        return match ? [{ name: match[1] ?? '', file: path.basename(url), width }] : [];
      });
      const name = variants[0]?.name;
      if (!name || photos.has(name)) continue;
      photos.set(name, { name, width: image.width, height: image.height, variants: variants.map(({ file, width }) => ({ file, width })) });
    }
  }
  return [...photos.values()];
}

export async function readContentPackage(dir: string): Promise<ContentPackage> {
  const articles: ArticleRecord[] = [];
  for (const file of await jsonFiles(path.join(dir, 'articles'))) articles.push(await readJson(file, articleRecordSchema, undefined as never));
  const stats: StatsSet[] = [];
  for (const file of await jsonFiles(path.join(dir, 'stats'))) stats.push(await readJson(file, statsRecordSchema, undefined as never));
  return {
    sections: await readJson(path.join(dir, 'sections.json'), sectionRecordsSchema, []),
    tags: await readJson(path.join(dir, 'tags.json'), tagRecordsSchema, []),
    authors: await readJson(path.join(dir, 'authors.json'), authorRecordsSchema, []),
    stats,
    articles,
    comments: await readJson(path.join(dir, 'comments.json'), commentRecordsSchema, {}),
    photos: photosOf(articles),
    mediaDir: path.join(dir, 'media'),
  };
}
