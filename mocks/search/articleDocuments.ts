import { searchDocument } from '../../src/server/search/documents.ts';
import type { SearchDocument } from '../../src/server/search/searchIndex.ts';
import { db } from '../db.ts';

/** Every article in the fixture db, read through its own accessors, as the index wants it. */
export function articleDocuments(): SearchDocument[] {
  const { items } = db.listTeasers({ page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  return items.map((teaser) => {
    const article = db.article(teaser.slug);
    if (!article) throw new Error(`Listed but not found: ${teaser.slug}`);
    return searchDocument(article);
  });
}
