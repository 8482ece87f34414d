import type { Article, SectionWithDescription } from '../../features/articles/schema';
import type { Writer } from '../api/reference';
import type { StaffArticle } from '../api/schemas';
import { payloadFromForm, type ArticleForm } from './articleForm';

/** The article a reader would get, from the form as it is now (saved or not). */
export function previewArticle(form: ArticleForm, sections: SectionWithDescription[], writers: Writer[], saved: StaffArticle | undefined): Article {
  const payload = payloadFromForm(form);
  const section = sections.find((item) => item.id === payload.section.id);
  const writer = writers.find((item) => item.id === payload.author.id);
  const image = { ...payload.hero, src: payload.hero.src || '/media/saknas.webp', sources: payload.hero.sources.filter((source) => source.url) };
  return {
    slug: saved?.slug ?? 'forhandsgranskning',
    headline: payload.headline,
    lead: payload.lead,
    section: { id: section?.id ?? 'sektion', name: section?.name ?? '' },
    author: { id: writer?.id ?? (saved?.author.id || 'skribent'), name: writer?.name ?? saved?.author.name ?? '', role: writer?.role ?? saved?.author.role ?? '' },
    publishedAt: saved?.publishedAt ?? new Date().toISOString(),
    ...(saved?.publishedAt ? { updatedAt: new Date().toISOString() } : {}),
    image,
    hero: image,
    body: payload.body,
    tags: payload.tags,
    related: [],
    commentsEnabled: false,
    ...(saved?.corrections?.length ? { corrections: saved.corrections } : {}),
  };
}
