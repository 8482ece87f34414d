import type { Block } from '../../features/articles/schema';
import type { StaffArticle } from '../api/schemas';
import { strings } from '../strings';
import { printInline } from './inlineMarkup';

// The editor's form: the article as fields, and back to what the API takes. Blocks the
// editor cannot edit yet (pictures, charts) travel unchanged.

/** A block as edited; a paragraph also keeps its text as typed (inlineMarkup.ts), of which `block` is the parse. */
export type EditorBlock = { key: string; block: Block; markup?: string };

export type HeroFields = {
  src: string;
  alt: string;
  caption: string;
  creditName: string;
  creditAgency: string;
  width: number;
  height: number;
  sources: { url: string; width: number }[];
};

export type ArticleForm = {
  /** Kept as it is once the article exists: a new headline must not move a published address. */
  slug?: string;
  headline: string;
  lead: string;
  sectionId: string;
  authorId: string;
  tags: StaffArticle['tags'];
  commentsEnabled: boolean;
  hero: HeroFields;
  blocks: EditorBlock[];
};

export type ArticlePayload = {
  slug?: string;
  headline: string;
  lead: string;
  section: { id: string };
  author: { id: string };
  tags: StaffArticle['tags'];
  hero: StaffArticle['hero'];
  body: Block[];
  commentsEnabled: boolean;
};

let nextKey = 0;
const blockKey = () => `block-${++nextKey}`;

/** A block for the form, a paragraph with its markup. */
export const editorBlock = (block: Block, key = blockKey()): EditorBlock =>
  block.type === 'paragraph' ? { key, block, markup: printInline(block.content) } : { key, block };

export const newBlock = (type: 'paragraph' | 'subheading' | 'quote' | 'factBox'): Block => {
  switch (type) {
    case 'paragraph':
      return { type, content: [{ type: 'text', text: '' }] };
    case 'subheading':
      return { type, id: '', text: '' };
    case 'quote':
      return { type, text: '', speaker: '' };
    case 'factBox':
      return { type, title: '', items: [] };
  }
};

export const emptyForm = (): ArticleForm => ({
  headline: '',
  lead: '',
  sectionId: '',
  authorId: '',
  tags: [],
  commentsEnabled: true,
  hero: { src: '', alt: '', caption: '', creditName: '', creditAgency: '', width: 1200, height: 675, sources: [] },
  blocks: [editorBlock(newBlock('paragraph'))],
});

export function formFromArticle(article: StaffArticle): ArticleForm {
  const { hero } = article;
  return {
    slug: article.slug,
    headline: article.headline,
    lead: article.lead,
    sectionId: article.section.id,
    authorId: article.author.id,
    tags: article.tags,
    commentsEnabled: article.commentsEnabled,
    hero: {
      src: hero.src,
      alt: hero.alt,
      caption: hero.caption ?? '',
      creditName: hero.credit.name,
      creditAgency: hero.credit.agency ?? '',
      width: hero.width,
      height: hero.height,
      sources: hero.sources,
    },
    blocks: article.body.map((block) => editorBlock(block)),
  };
}

export const paragraphText = (block: Extract<Block, { type: 'paragraph' }>) => block.content.map((inline) => inline.text).join('');

/** The seed's photos are at 480, 800 and 1200 px (`/media/name-800.webp`): a picture named so gets all three. */
function pictureSources(src: string, fallback: HeroFields['sources']): HeroFields['sources'] {
  const match = /^\/media\/([a-z0-9-]+)-(480|800|1200)\.webp$/.exec(src);
  if (match) return [480, 800, 1200].map((width) => ({ url: `/media/${match[1]}-${width}.webp`, width }));
  return fallback.some((source) => source.url === src) ? fallback : [{ url: src, width: 1200 }];
}

const headingId = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'avsnitt';

/** A new subheading gets a stable id from its text, once; an existing one keeps its id (links point to it). */
function withHeadingIds(blocks: Block[]): Block[] {
  const taken = new Set(blocks.flatMap((block) => (block.type === 'subheading' && block.id ? [block.id] : [])));
  return blocks.map((block) => {
    if (block.type !== 'subheading' || block.id) return block;
    let id = headingId(block.text);
    for (let n = 2; taken.has(id); n++) id = `${headingId(block.text)}-${n}`;
    taken.add(id);
    return { ...block, id };
  });
}

export function payloadFromForm(form: ArticleForm): ArticlePayload {
  const { hero } = form;
  const src = hero.src.trim();
  const body = form.blocks
    .map(({ block }) => block)
    .map((block): Block => (block.type === 'factBox' ? { ...block, items: block.items.map((item) => item.trim()).filter(Boolean) } : block));
  return {
    ...(form.slug ? { slug: form.slug } : {}),
    headline: form.headline.trim(),
    lead: form.lead.trim(),
    section: { id: form.sectionId },
    author: { id: form.authorId },
    tags: form.tags,
    hero: {
      src,
      sources: pictureSources(src, hero.sources),
      width: hero.width,
      height: hero.height,
      alt: hero.alt.trim(),
      ...(hero.caption.trim() ? { caption: hero.caption.trim() } : {}),
      credit: { name: hero.creditName.trim(), ...(hero.creditAgency.trim() ? { agency: hero.creditAgency.trim() } : {}) },
    },
    body: withHeadingIds(body),
    commentsEnabled: form.commentsEnabled,
  };
}

/** What the server needs before it takes a draft at all. */
export function missingForSaving(form: ArticleForm): string[] {
  const missing: string[] = [];
  if (!form.headline.trim()) missing.push('headline');
  if (!form.sectionId) missing.push('section');
  if (!form.authorId) missing.push('author');
  if (!form.hero.src.trim()) missing.push('hero.src');
  return missing;
}

export type FieldErrors = Record<string, string[]>;

/** The same checks the server makes before publishing (src/server/api/newsroom/articles.ts), beside the fields. */
export function publishProblems(form: ArticleForm): FieldErrors {
  const problems: FieldErrors = {};
  if (!form.headline.trim()) problems.headline = [strings.checks.headline];
  if (!form.lead.trim()) problems.lead = [strings.checks.lead];
  if (!form.hero.alt.trim()) problems['hero.alt'] = [strings.checks.heroAlt];
  if (!form.hero.creditName.trim()) problems['hero.credit'] = [strings.checks.heroCredit];
  return problems;
}
