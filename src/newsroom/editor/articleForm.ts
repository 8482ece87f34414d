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

export const newBlock = (type: 'paragraph' | 'subheading' | 'quote' | 'factBox' | 'image' | 'chart'): Block => {
  switch (type) {
    case 'paragraph':
      return { type, content: [{ type: 'text', text: '' }] };
    case 'subheading':
      return { type, id: '', text: '' };
    case 'quote':
      return { type, text: '', speaker: '' };
    case 'factBox':
      return { type, title: '', items: [] };
    case 'image':
      return { type, image: { src: '', sources: [], width: 1200, height: 675, alt: '', credit: { name: '' } } };
    case 'chart':
      return { type, statsId: '', caption: '' };
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

/**
 * A photo chosen or uploaded brings its own sizes. An address typed by hand: the seed's photos
 * are at 480, 800 and 1200 px (`/media/name-800.webp`), so a picture named so gets all three.
 */
function pictureSources(src: string, known: HeroFields['sources']): HeroFields['sources'] {
  if (known.some((source) => source.url === src)) return known;
  const match = /^\/media\/([a-z0-9-]+)-(480|800|1200)\.webp$/.exec(src);
  if (match) return [480, 800, 1200].map((width) => ({ url: `/media/${match[1]}-${width}.webp`, width }));
  return [{ url: src, width: 1200 }];
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
    // A picture block waits on the device until a photo is chosen for it.
    .filter((block) => block.type !== 'image' || block.image.src.trim() !== '')
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
  // Numbered as the server numbers them: among the blocks it is sent (a picture block without a photo is not).
  let index = 0;
  form.blocks.forEach(({ block }, position) => {
    if (block.type === 'chart') {
      if (!block.statsId) problems[`body.${index}.statsId`] = [strings.checks.chartSet(position + 1)];
      if (!block.caption.trim()) problems[`body.${index}.caption`] = [strings.checks.chartCaption(position + 1)];
    }
    if (block.type !== 'image') return void index++;
    if (!block.image.src.trim()) return void (problems[`blocks.${position}.photo`] = [strings.checks.figurePhoto(position + 1)]);
    if (!block.image.alt.trim()) problems[`body.${index}.alt`] = [strings.checks.figureAlt(position + 1)];
    if (!block.image.credit.name.trim()) problems[`body.${index}.credit`] = [strings.checks.figureCredit(position + 1)];
    index++;
  });
  return problems;
}

/** The blocks as the server numbers them (`body.3.alt`): the form's blocks less the picture blocks without a photo. */
function sentBlocks(blocks: EditorBlock[]): EditorBlock[] {
  return blocks.filter(({ block }) => block.type !== 'image' || block.image.src.trim() !== '');
}

/** A block's own errors (`alt`, `credit`) out of the form's, which name blocks by their place in what was sent. */
export function blockErrors(blocks: EditorBlock[], errors: FieldErrors, key: string): FieldErrors {
  const index = sentBlocks(blocks).findIndex((item) => item.key === key);
  const own: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) {
    const match = /^body\.(\d+)\.(\w+)$/.exec(field);
    if (match && Number(match[1]) === index && match[2]) own[match[2]] = messages;
  }
  return own;
}

/** The control a block's error points to (`body.3.alt` → that block's alt text field). */
export function blockFieldId(form: ArticleForm, field: string): string | undefined {
  const sent = /^body\.(\d+)\.(\w+)$/.exec(field);
  if (sent) {
    const item = sentBlocks(form.blocks)[Number(sent[1])];
    return item && `${item.key}-${sent[2]}`;
  }
  const local = /^blocks\.(\d+)\.photo$/.exec(field);
  const item = local && form.blocks[Number(local[1])];
  return item ? `${item.key}-fil` : undefined;
}
